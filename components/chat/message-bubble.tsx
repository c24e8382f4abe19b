'use client';

import { Ellipsis } from 'lucide-react';
import { useLocale, useTranslations } from 'use-intl';
import { Avatar } from '@/components/ui/avatar';
import { TitleBadge } from '@/components/pieces/title-badge';
import type { ReactionCode } from '@/lib/chat/schemas';
import { stickerUrl } from '@/lib/chat/stickers';
import type { TimelineMessage } from '@/lib/chat/use-room-messages';
import { formatBytes, timeLabel } from './format';
import { ReactionBar } from './reaction-bar';
import { ReplyQuote, quoteLine } from './reply-quote';
import { replyRefOf } from '@/lib/chat/preview';
import { usePressMenu } from './use-press-menu';
import { drawerItemOf, usePhotoViewer } from './photo-viewer-context';
import { Paperclip } from 'lucide-react';

export interface MessageBubbleProps {
  m: TimelineMessage;
  mine: boolean;
  showSender: boolean;
  unreadCount: number;
  highlighted: boolean;
  /** Open the message's actions (absent: pending, failed or deleted messages have none). */
  onMenu?: () => void;
  /** Tap a reaction count (absent for readers who cannot react). */
  onReact?: (code: ReactionCode) => void;
  /** Show a message in its context (a reply's quote). */
  onJump: (seq: number) => void;
  onRetry: (m: TimelineMessage) => void;
  /** Open rooms: the sender's name opens a menu (1:1), and others' messages can be reported. */
  onSender?: () => void;
  onReport?: () => void;
}

function Body({ m }: { m: TimelineMessage }) {
  const t = useTranslations('chat');
  const openPhoto = usePhotoViewer();
  if (m.deleted) return <p className="italic text-neutral-500">{t('deletedMessage')}</p>;
  if (m.kind === 'STICKER' && m.stickerId) {
    // eslint-disable-next-line @next/next/no-img-element -- static SVG sticker from public/
    return <img src={stickerUrl(m.stickerId)} alt={m.stickerId} width={120} height={120} className="h-28 w-28" />;
  }
  const a = m.attachment;
  if (a && m.kind === 'IMAGE') {
    return (
      <figure className="flex flex-col gap-1">
        <a
          href={a.url}
          target="_blank"
          rel="noopener"
          aria-label={`${t('openImage')}: ${a.fileName}`}
          // The in-app viewer; a modified click still opens the file in a new tab.
          onClick={(e) => {
            if (!openPhoto || m.local || e.metaKey || e.ctrlKey || e.shiftKey) return;
            e.preventDefault();
            openPhoto(drawerItemOf(m));
          }}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- authenticated file route */}
          <img src={a.thumbUrl ?? a.url} alt={a.fileName} width={a.width ?? undefined} height={a.height ?? undefined} className="max-h-72 max-w-full rounded-xl object-contain" data-testid="message-image" />
        </a>
        <a href={`${a.url}?variant=download`} download={a.fileName} className="text-xs text-grape-700 underline">{t('download')}</a>
        {m.body && <figcaption className="whitespace-pre-wrap break-words">{m.body}</figcaption>}
      </figure>
    );
  }
  if (a && m.kind === 'VIDEO') {
    return (
      <div className="flex flex-col gap-1">
        <video src={a.url} controls preload="metadata" className="max-h-72 max-w-full rounded-xl" />
        <a href={`${a.url}?variant=download`} download={a.fileName} className="text-xs text-grape-700 underline">{t('download')}</a>
      </div>
    );
  }
  if (a) {
    return (
      <a href={`${a.url}?variant=download`} download={a.fileName} className="flex items-center gap-2 underline-offset-2 hover:underline" data-testid="message-file">
        <Paperclip aria-hidden className="size-6 shrink-0" />
        <span className="min-w-0">
          <span className="block truncate font-medium">{a.fileName}</span>
          <span className="text-xs opacity-75">{formatBytes(a.size)}</span>
        </span>
      </a>
    );
  }
  return <p className="whitespace-pre-wrap break-words">{m.body}</p>;
}

export function MessageBubble({ m, mine, showSender, unreadCount, highlighted, onMenu, onReact, onJump, onRetry, onSender, onReport }: MessageBubbleProps) {
  const t = useTranslations('chat');
  const press = usePressMenu(() => onMenu?.(), !!onMenu);
  const tc = useTranslations('cakes.chat');
  const name = m.sender?.deleted ? t('deletedUser') : m.sender?.displayName;
  const locale = useLocale();
  const plain = m.kind === 'STICKER' && !m.deleted;
  const bubble = plain ? '' : mine ? 'bg-grape-600 text-white' : 'bg-white text-neutral-900 shadow-sm';
  return (
    <li
      id={m.local ? undefined : `m-${m.seq}`}
      data-testid="message"
      data-seq={m.local ? undefined : m.seq}
      data-highlighted={highlighted || undefined}
      className={`group flex gap-2 ${mine ? 'flex-row-reverse' : ''} ${highlighted ? 'rounded-xl bg-amber-100/70 ring-2 ring-amber-400' : ''}`}
    >
      {!mine && (showSender ? <Avatar url={m.sender?.avatarUrl ?? null} name={m.sender?.displayName ?? ''} size={36} /> : <span className="w-9 shrink-0" />)}
      <div className={`flex max-w-[78%] flex-col ${mine ? 'items-end' : 'items-start'}`}>
        {!mine && showSender && (onSender
          ? (
            <span className="mb-0.5 flex items-center gap-1.5">
              <button type="button" onClick={onSender} className="min-h-8 text-left text-xs font-semibold text-neutral-700 hover:underline" data-testid="sender-name">{name}</button>
              <TitleBadge titleId={m.sender?.titleId} />
            </span>
          )
          : <span className="mb-0.5 text-xs text-neutral-600">{name}</span>)}
        <div className={`flex items-end gap-1 ${mine ? 'flex-row-reverse' : ''}`}>
          <div
            {...press}
            className={`min-w-0 rounded-2xl px-3 py-2 [-webkit-touch-callout:none] pointer-coarse:select-none ${bubble}`}
            data-testid="bubble"
          >
            {m.replyTo && !m.deleted && <ReplyQuote r={m.replyTo} mine={mine && !plain} onJump={onJump} />}
            <Body m={m} />
          </div>
          <div className={`flex shrink-0 flex-col text-[11px] leading-tight ${mine ? 'items-end' : 'items-start'}`}>
            {unreadCount > 0 && !m.local && (
              <span className="font-bold text-amber-600" aria-label={t('unreadCount', { count: unreadCount })} data-testid="unread-count">{unreadCount}</span>
            )}
            {m.local === 'sending' && <span className="text-neutral-500">{t('sending')}</span>}
            {m.local === 'waiting' && <span className="text-neutral-500" data-testid="waiting">{t('waiting')}</span>}
            {!m.local && <span className="text-neutral-500">{timeLabel(m.createdAt, locale)}</span>}
          </div>
          {onMenu && (
            // Desktop: shown on hover or keyboard focus. Touch screens open the menu by a long
            // press, so there it stays only for screen readers (no 44 px gap beside every bubble).
            <button
              type="button"
              onClick={onMenu}
              aria-haspopup="dialog"
              aria-label={t('actions.openFor', { text: quoteLine(replyRefOf(m), t).slice(0, 30) })}
              className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-neutral-500 opacity-0 hover:bg-neutral-200/70 focus-visible:opacity-100 group-hover:opacity-100 pointer-coarse:sr-only"
              data-testid="message-menu-button"
            >
              <Ellipsis aria-hidden className="h-5 w-5" />
            </button>
          )}
        </div>
        {!m.deleted && m.reactions && <ReactionBar reactions={m.reactions} mine={m.myReaction ?? null} mineSide={mine} onToggle={onReact} />}
        {m.local === 'failed' && (
          <button type="button" onClick={() => onRetry(m)} className="mt-1 min-h-9 rounded-lg px-2 text-xs font-semibold text-red-700 underline">
            {t('failed')} · {t('retry')}
          </button>
        )}
        {onReport && !m.deleted && (
          <button type="button" onClick={onReport} className="mt-0.5 min-h-8 px-1 text-[11px] text-neutral-500 hover:text-red-700" aria-label={`${tc('report')}: ${m.body.slice(0, 20)}`} data-testid="report-message">
            {tc('report')}
          </button>
        )}
      </div>
    </li>
  );
}

export function SystemLine({ m }: { m: TimelineMessage }) {
  const t = useTranslations('chat.system');
  const key = m.system?.key;
  const tr = useTranslations('rooms.system');
  // Room profile lines (lib/chat/room-image.ts) keep their strings in the rooms namespace.
  const text = !key ? '' : t.has(key as never) ? t(key as never, m.system?.args as never) : tr.has(key as never) ? tr(key as never, m.system?.args as never) : '';
  return (
    <li className="flex justify-center" data-testid="system-message">
      <span className="rounded-full bg-neutral-200/70 px-3 py-1 text-xs text-neutral-700">{text}</span>
    </li>
  );
}

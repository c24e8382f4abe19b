'use client';

import { useLocale, useTranslations } from 'use-intl';
import { Avatar } from '@/components/ui/avatar';
import { stickerUrl } from '@/lib/chat/stickers';
import type { TimelineMessage } from '@/lib/chat/use-room-messages';
import { formatBytes, timeLabel } from './format';
import { Paperclip } from 'lucide-react';

interface Props {
  m: TimelineMessage;
  mine: boolean;
  showSender: boolean;
  unreadCount: number;
  highlighted: boolean;
  onDelete: (m: TimelineMessage) => void;
  onRetry: (m: TimelineMessage) => void;
  /** Open rooms: the sender's name opens a menu (1:1), and others' messages can be reported. */
  onSender?: () => void;
  onReport?: () => void;
}

function Body({ m }: { m: TimelineMessage }) {
  const t = useTranslations('chat');
  if (m.deleted) return <p className="italic text-neutral-500">{t('deletedMessage')}</p>;
  if (m.kind === 'STICKER' && m.stickerId) {
    // eslint-disable-next-line @next/next/no-img-element -- static SVG sticker from public/
    return <img src={stickerUrl(m.stickerId)} alt={m.stickerId} width={120} height={120} className="h-28 w-28" />;
  }
  const a = m.attachment;
  if (a && m.kind === 'IMAGE') {
    return (
      <figure className="flex flex-col gap-1">
        <a href={a.url} target="_blank" rel="noopener" aria-label={`${t('openImage')}: ${a.fileName}`}>
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

export function MessageBubble({ m, mine, showSender, unreadCount, highlighted, onDelete, onRetry, onSender, onReport }: Props) {
  const t = useTranslations('chat');
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
      className={`flex gap-2 ${mine ? 'flex-row-reverse' : ''} ${highlighted ? 'rounded-xl bg-amber-100/70 ring-2 ring-amber-400' : ''}`}
    >
      {!mine && (showSender ? <Avatar url={m.sender?.avatarUrl ?? null} name={m.sender?.displayName ?? ''} size={36} /> : <span className="w-9 shrink-0" />)}
      <div className={`flex max-w-[78%] flex-col ${mine ? 'items-end' : 'items-start'}`}>
        {!mine && showSender && (onSender
          ? <button type="button" onClick={onSender} className="mb-0.5 min-h-8 text-left text-xs font-semibold text-neutral-700 hover:underline" data-testid="sender-name">{name}</button>
          : <span className="mb-0.5 text-xs text-neutral-600">{name}</span>)}
        <div className={`flex items-end gap-1 ${mine ? 'flex-row-reverse' : ''}`}>
          <div className={`rounded-2xl px-3 py-2 ${bubble}`}><Body m={m} /></div>
          <div className={`flex shrink-0 flex-col text-[11px] leading-tight ${mine ? 'items-end' : 'items-start'}`}>
            {unreadCount > 0 && !m.local && (
              <span className="font-bold text-amber-600" aria-label={t('unreadCount', { count: unreadCount })} data-testid="unread-count">{unreadCount}</span>
            )}
            {m.local === 'sending' && <span className="text-neutral-500">{t('sending')}</span>}
            {m.local === 'waiting' && <span className="text-neutral-500" data-testid="waiting">{t('waiting')}</span>}
            {!m.local && <span className="text-neutral-500">{timeLabel(m.createdAt, locale)}</span>}
          </div>
        </div>
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
        {mine && !m.local && !m.deleted && (
          <button type="button" onClick={() => onDelete(m)} className="mt-0.5 min-h-8 px-1 text-[11px] text-neutral-500 hover:text-red-700" aria-label={`${t('delete')}: ${m.body.slice(0, 20)}`}>
            {t('delete')}
          </button>
        )}
      </div>
    </li>
  );
}

export function SystemLine({ m }: { m: TimelineMessage }) {
  const t = useTranslations('chat.system');
  const key = m.system?.key;
  const text = key && t.has(key as never) ? t(key as never, m.system?.args as never) : '';
  return (
    <li className="flex justify-center" data-testid="system-message">
      <span className="rounded-full bg-neutral-200/70 px-3 py-1 text-xs text-neutral-700">{text}</span>
    </li>
  );
}

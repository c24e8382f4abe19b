'use client';

import { CornerDownRight } from 'lucide-react';
import { useTranslations } from 'use-intl';
import type { ReplyRefDto } from '@/lib/chat/schemas';

type T = ReturnType<typeof useTranslations<'chat'>>;

/** The quoted message in one line, like the chat list's preview: text, "사진", or the file name. */
export function quoteLine(r: ReplyRefDto, t: T) {
  if (r.deleted) return t('reply.deleted');
  if (r.kind === 'IMAGE') return r.body || t('reply.photo');
  if (r.kind === 'VIDEO') return r.body || t('reply.video');
  if (r.kind === 'FILE') return r.fileName ?? t('reply.file');
  if (r.kind === 'STICKER') return t('reply.sticker');
  return r.body;
}

export const quoteSender = (r: ReplyRefDto, t: T) => r.senderName || t('reply.unknownSender');

/**
 * A reply's quote inside its bubble: tapping it shows the original in its place in the
 * history. A deleted original is only named as such, with nothing to open.
 */
export function ReplyQuote({ r, mine, onJump }: { r: ReplyRefDto; mine: boolean; onJump: (seq: number) => void }) {
  const t = useTranslations('chat');
  const tone = mine ? 'border-white/70 bg-white/15 text-white' : 'border-grape-400 bg-grape-50 text-neutral-800';
  if (r.deleted) {
    return (
      <p className={`mb-1.5 rounded-lg border-l-4 px-2 py-1 text-xs italic opacity-80 ${tone}`} data-testid="reply-quote">
        {t('reply.deleted')}
      </p>
    );
  }
  const line = quoteLine(r, t);
  return (
    <button
      type="button"
      onClick={(e) => { e.stopPropagation(); onJump(r.seq); }}
      className={`mb-1.5 flex min-h-11 w-full min-w-0 items-start gap-1 rounded-lg border-l-4 px-2 py-1 text-left text-xs ${tone}`}
      aria-label={t('reply.jump', { name: quoteSender(r, t), text: line })}
      data-testid="reply-quote"
    >
      <CornerDownRight aria-hidden className="mt-0.5 h-3.5 w-3.5 shrink-0" />
      <span className="min-w-0">
        <span className="block font-semibold">{quoteSender(r, t)}</span>
        <span className="block truncate opacity-90">{line}</span>
      </span>
    </button>
  );
}

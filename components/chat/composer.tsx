'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { X } from 'lucide-react';
import type { ReplyRefDto } from '@/lib/chat/schemas';
import { quoteLine, quoteSender } from './reply-quote';
import { STICKERS, stickerUrl } from '@/lib/chat/stickers';
import { MAX_TEXT } from '@/lib/chat/limits';
import { useHydrated } from '@/components/ui/button';
import { Smile } from 'lucide-react';

interface Props {
  onSend: (body: string) => void;
  onSticker: (id: string) => void;
  onFile: (file: File) => void;
  onTyping: () => void;
  upload: { percent: number } | null;
  /** The message being answered (a reply bar above the input), or null. */
  replyTo?: ReplyRefDto | null;
  onCancelReply?: () => void;
}

export function Composer({ onSend, onSticker, onFile, onTyping, upload, replyTo, onCancelReply }: Props) {
  const t = useTranslations('chat');
  const [text, setText] = useState('');
  const [stickersOpen, setStickersOpen] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  // A room's page is rendered on the server, so the composer is on screen before the
  // page's code runs; typed into then, Enter would do nothing and the text would be lost
  // at hydration. It takes typing from the moment it can send.
  const ready = useHydrated();
  // Choosing 답장 puts the cursor where the answer goes.
  useEffect(() => {
    if (replyTo) inputRef.current?.focus();
  }, [replyTo]);

  const submit = () => {
    const body = text.trim();
    if (!body) return;
    onSend(body);
    setText('');
  };

  return (
    <div className="border-t border-neutral-200 bg-white p-2">
      {replyTo && (
        <div className="mb-1 flex items-center gap-2 rounded-xl border-l-4 border-grape-500 bg-grape-50 py-1 pl-3 pr-1" data-testid="reply-bar">
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-semibold text-grape-800">{t('reply.to', { name: quoteSender(replyTo, t) })}</p>
            <p className="truncate text-neutral-700">{quoteLine(replyTo, t)}</p>
          </div>
          <button type="button" onClick={onCancelReply} className="flex min-h-11 min-w-11 items-center justify-center rounded-full hover:bg-grape-100" aria-label={t('reply.cancel')}>
            <X aria-hidden className="h-5 w-5" />
          </button>
        </div>
      )}
      {upload && <p role="status" className="px-2 pb-1 text-xs text-grape-700">{t('uploading', { percent: upload.percent })}</p>}
      {stickersOpen && (
        <ul className="grid grid-cols-4 gap-2 p-2 sm:grid-cols-6" aria-label={t('stickers')}>
          {STICKERS.map((id) => (
            <li key={id}>
              <button type="button" onClick={() => { onSticker(id); setStickersOpen(false); }} className="rounded-xl p-1 hover:bg-grape-50" aria-label={id} data-testid={`sticker-${id}`}>
                {/* eslint-disable-next-line @next/next/no-img-element -- static SVG */}
                <img src={stickerUrl(id)} alt="" width={64} height={64} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="flex items-end gap-1" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <button type="button" onClick={() => fileRef.current?.click()} className="min-h-11 min-w-11 rounded-full text-xl hover:bg-grape-50" aria-label={t('attach')}>＋</button>
        <input
          ref={fileRef}
          type="file"
          className="hidden"
          data-testid="file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) onFile(f);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={() => setStickersOpen((o) => !o)} aria-expanded={stickersOpen} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full text-grape-700 hover:bg-grape-50" aria-label={t('stickers')}><Smile aria-hidden className="size-6" /></button>
        <label className="sr-only" htmlFor="composer">{t('composerLabel')}</label>
        <textarea
          ref={inputRef}
          id="composer"
          rows={1}
          maxLength={MAX_TEXT}
          readOnly={!ready}
          value={text}
          placeholder={t('composerPlaceholder')}
          onChange={(e) => { setText(e.target.value); onTyping(); }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && replyTo) onCancelReply?.();
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
          className="max-h-32 min-h-11 flex-1 resize-none rounded-2xl border border-neutral-300 px-3 py-2.5 text-base outline-none focus:border-grape-500"
        />
        <button type="submit" disabled={!text.trim()} className="min-h-11 rounded-full bg-grape-600 px-4 font-semibold text-white disabled:bg-grape-300">{t('send')}</button>
      </form>
    </div>
  );
}

'use client';

import { Copy, Reply, Trash2, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { REACTION_CODES, type ReactionCode } from '@/lib/chat/schemas';
import type { TimelineMessage } from '@/lib/chat/use-room-messages';
import { ReactionIcon } from './reaction-icon';
import { quoteLine } from './reply-quote';
import { replyRefOf } from '@/lib/chat/preview';

interface Props {
  m: TimelineMessage;
  /** Reply and react: members only (a cake room's reader can only copy). */
  canAct: boolean;
  canDelete: boolean;
  onReact: (code: ReactionCode | null) => void;
  onReply: () => void;
  onCopy: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/**
 * A message's actions as a modal dialog: a sheet at the bottom of a phone, a small card
 * on a desktop. The browser traps focus in it, Escape closes it and focus goes back to
 * where it was (the menu button); a tap outside closes it too.
 */
/** On the backdrop, not on the sheet (its padding is the dialog element too). */
function outside(e: React.MouseEvent<HTMLDialogElement>) {
  const r = e.currentTarget.getBoundingClientRect();
  return e.target === e.currentTarget && (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom);
}

export function MessageMenu({ m, canAct, canDelete, onReact, onReply, onCopy, onDelete, onClose }: Props) {
  const t = useTranslations('chat');
  const ref = useRef<HTMLDialogElement>(null);
  // A tap outside closes the menu only if it began outside: the finger that long-pressed
  // the bubble lifts over the backdrop, and that click must not close what it just opened.
  const downOutside = useRef(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  // Closing the dialog itself (not only unmounting it) gives focus back to the menu button.
  const close = () => {
    ref.current?.close();
    onClose();
  };
  const item = 'flex min-h-12 w-full items-center gap-3 rounded-xl px-3 text-left font-semibold hover:bg-neutral-100 focus-visible:bg-neutral-100';
  const copyable = m.body.trim().length > 0;

  return (
    <dialog
      ref={ref}
      aria-label={t('actions.title')}
      onCancel={(e) => { e.preventDefault(); close(); }}
      onPointerDown={(e) => { downOutside.current = outside(e); }}
      onClick={(e) => { if (downOutside.current && outside(e)) close(); }}
      className="mx-auto mb-0 mt-auto w-full max-w-full rounded-t-2xl bg-white p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-xl backdrop:bg-black/40 md:mb-auto md:w-80 md:rounded-2xl"
      data-testid="message-menu"
    >
      <p className="truncate px-1 pb-2 text-sm text-neutral-600">{quoteLine(replyRefOf(m), t) || t('actions.title')}</p>
      {canAct && (
        <div role="group" aria-label={t('actions.react')} className="mb-2 flex justify-between rounded-2xl bg-neutral-100 p-1">
          {REACTION_CODES.map((code) => {
            const on = m.myReaction === code;
            return (
              <button
                key={code}
                type="button"
                onClick={() => { close(); onReact(on ? null : code); }}
                aria-label={t(on ? 'reactions.picked' : 'reactions.pick', { name: t(`reactions.${code}`) })}
                aria-pressed={on}
                className={`flex h-11 w-11 items-center justify-center rounded-full transition-transform hover:scale-110 focus-visible:scale-110 ${on ? 'bg-grape-200' : ''}`}
              >
                <ReactionIcon code={code} size={28} />
              </button>
            );
          })}
        </div>
      )}
      <ul className="flex flex-col">
        {canAct && (
          <li><button type="button" className={item} onClick={() => { close(); onReply(); }}><Reply aria-hidden className="h-5 w-5 text-grape-700" />{t('actions.reply')}</button></li>
        )}
        {copyable && (
          <li><button type="button" className={item} onClick={() => { close(); onCopy(); }}><Copy aria-hidden className="h-5 w-5 text-grape-700" />{t('actions.copy')}</button></li>
        )}
        {canDelete && (
          <li><button type="button" className={`${item} text-red-700`} onClick={() => { close(); onDelete(); }}><Trash2 aria-hidden className="h-5 w-5" />{t('actions.delete')}</button></li>
        )}
        <li><button type="button" className={`${item} text-neutral-600`} onClick={close}><X aria-hidden className="h-5 w-5" />{t('actions.close')}</button></li>
      </ul>
    </dialog>
  );
}

'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { chatApi } from '@/lib/chat/queries';
import type { ReactionCode } from '@/lib/chat/schemas';
import type { TimelineMessage, useRoomMessages } from '@/lib/chat/use-room-messages';

// Opened by a long press: loaded then, not with the room.
const MessageMenu = dynamic(() => import('./message-menu').then((m) => m.MessageMenu), { ssr: false });

interface Options {
  roomId: string;
  meId: string;
  /** Members may reply and react; a cake room's reader may only copy. */
  canAct: boolean;
  dispatch: ReturnType<typeof useRoomMessages>['dispatch'];
  onReply: (m: TimelineMessage) => void;
}

/** Copy text, falling back to a selection where the clipboard API is not offered. */
async function copyText(text: string) {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy');
}

/**
 * A room's message actions: the menu (long press, right click, or the hover button), the
 * reactions, copying, and deleting my own messages after an in-app confirmation.
 * Returns what the bubbles call and the dialogs to render once per room.
 */
export function useMessageActions({ roomId, meId, canAct, dispatch, onReply }: Options) {
  const t = useTranslations('chat');
  const [menuFor, setMenuFor] = useState<TimelineMessage | null>(null);
  const [deleting, setDeleting] = useState<TimelineMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A short note after an action ("copied", or why a reaction failed), gone after a while.
  const [note, onNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => onNotice(null), 2500);
    return () => clearTimeout(timer);
  }, [note]);

  async function react(m: TimelineMessage, code: ReactionCode | null) {
    try {
      const r = await chatApi.react(roomId, m.id, code);
      dispatch({ type: 'reaction', messageId: r.messageId, reactions: r.reactions, mine: r.myReaction });
      onNotice(null);
    } catch (err) {
      onNotice((err as Error).message || t('reactions.failed'));
    }
  }

  async function copy(m: TimelineMessage) {
    try {
      await copyText(m.body);
      onNotice(t('actions.copied'));
    } catch {
      onNotice(t('actions.copyFailed'));
    }
  }

  async function remove() {
    if (!deleting) return;
    setBusy(true);
    setError(null);
    try {
      await chatApi.deleteMessage(roomId, deleting.id);
      dispatch({ type: 'deleted', id: deleting.id });
      setDeleting(null);
    } catch (err) {
      setError((err as Error).message || t('actions.deleteFailed'));
    } finally {
      setBusy(false);
    }
  }

  /** Pending, failed and deleted messages have no menu. */
  const hasMenu = (m: TimelineMessage) => !m.local && !m.deleted;

  const dialogs = (
    <>
      <p role="status" aria-live="polite" className={note ? 'pointer-events-none fixed inset-x-0 bottom-24 z-40 mx-auto w-fit max-w-[90vw] rounded-full bg-neutral-900/85 px-4 py-2 text-sm text-white' : 'sr-only'}>
        {note}
      </p>
      {menuFor && (
        <MessageMenu
          m={menuFor}
          canAct={canAct}
          canDelete={menuFor.sender?.id === meId}
          onReact={(code) => void react(menuFor, code)}
          onReply={() => onReply(menuFor)}
          onCopy={() => void copy(menuFor)}
          onDelete={() => { setError(null); setDeleting(menuFor); }}
          onClose={() => setMenuFor(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('actions.deleteTitle')}
        body={t('actions.deleteBody')}
        confirmLabel={t('actions.delete')}
        cancelLabel={t('actions.cancel')}
        busyLabel={t('actions.deleting')}
        busy={busy}
        danger
        error={error}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </>
  );

  return {
    openMenu: (m: TimelineMessage) => hasMenu(m) && setMenuFor(m),
    hasMenu,
    react: canAct ? (m: TimelineMessage, code: ReactionCode) => void react(m, m.myReaction === code ? null : code) : undefined,
    dialogs,
  };
}

'use client';

// The parts of a room screen only open rooms have: the join bar for someone reading a
// cake's room, the menu behind a fellow member's name (1:1), and the way to the cake.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';
import { chatApi } from '@/lib/chat/queries';
import { Button } from '@/components/ui/button';
import type { UserBrief } from '@/lib/users/brief';
import { showIdOfTopic } from '@/lib/chat/topics';


export function CakeLink({ topic }: { topic: string | null }) {
  const t = useTranslations('cakes.chat');
  const showId = showIdOfTopic(topic);
  if (!showId) return null;
  return <Link href={`/cakes/${showId}`} className="flex min-h-11 items-center rounded-full px-3 text-sm font-semibold text-grape-700 hover:bg-grape-50">{t('toCake')}</Link>;
}

/** In place of the composer while reading a cake's room without having joined. */
export function JoinBar({ topic, onJoined }: { topic: string | null; onJoined: () => void }) {
  const t = useTranslations('cakes.chat');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const showId = showIdOfTopic(topic);
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-neutral-200 bg-white p-3" data-testid="join-bar">
      <p className="min-w-0 flex-1 text-sm text-neutral-700">{t('readOnly')}</p>
      {showId && (
        <Button
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              await chatApi.joinCakeRoom(showId);
              onJoined();
            } catch (err) {
              setError(err instanceof ApiError ? err.message : '');
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('join')}
        </Button>
      )}
      {error && <p role="alert" className="w-full text-sm text-red-700">{error}</p>}
    </div>
  );
}

/** Behind a fellow member's name in an open room: start a 1:1 room with them. */
export function SenderMenu({ roomId, user, onClose }: { roomId: string; user: UserBrief; onClose: () => void }) {
  const t = useTranslations('cakes.chat');
  const router = useRouter();
  const [error, setError] = useState<{ message: string; blockedByMe: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const direct = await chatApi.directFromRoom(roomId, user.id);
      router.push(`/chat/${direct}`);
    } catch (err) {
      setError({ message: err instanceof ApiError ? err.message : '', blockedByMe: err instanceof ApiError && err.status === 409 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div role="dialog" aria-label={t('nameMenu', { name: user.displayName })} className="flex flex-col gap-2 border-b border-neutral-200 bg-white p-3" data-testid="sender-menu">
      <p className="font-semibold">{t('nameMenu', { name: user.displayName })}</p>
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} onClick={start}>{t('direct')}</Button>
        {error?.blockedByMe && (
          <Button variant="secondary" disabled={busy} onClick={async () => { await chatApi.unblock(user.id); await start(); }}>{t('unblock')}</Button>
        )}
        <Button variant="ghost" onClick={onClose}>{t('close')}</Button>
      </div>
      {error && <p role="alert" className="text-sm text-red-700">{error.message}</p>}
    </div>
  );
}

'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { api } from '@/lib/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cakeKeys, useCake, useCakeRoom } from '@/lib/shows/cake-queries';
import { chatKeys } from '@/lib/chat/queries';
import type { CakeDto } from '@/lib/shows/cake-schemas';
import { Bell, BellOff } from 'lucide-react';

/** The cake's open chat: who is in it, join/leave, mute, and the way in. */
export function CakeRoomCard({ initial }: { initial: CakeDto }) {
  const t = useTranslations('cakes.room');
  const router = useRouter();
  const qc = useQueryClient();
  const showId = initial.show.id;
  const { room } = useCake(showId, initial).data ?? initial;
  const membership = useCakeRoom(showId);
  const mute = useMutation({
    mutationFn: (muted: boolean) => api(`/api/rooms/${room.id}/mute`, { method: 'PUT', json: { muted } }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: cakeKeys.cake(showId) }), qc.invalidateQueries({ queryKey: chatKeys.all })]),
  });
  const error = membership.error ?? mute.error;

  return (
    <section className="rounded-2xl bg-white p-5 shadow-sm" aria-labelledby="cake-room" data-testid="cake-room">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="cake-room" className="text-lg font-bold">{t('title')}</h2>
        <p className="text-sm text-neutral-600" data-testid="cake-room-members">{t('members', { count: room.memberCount })}</p>
      </div>
      <p className="mt-1 text-sm text-neutral-600">{room.id ? t('intro') : t('empty')}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        {room.joined && room.id ? (
          <>
            <Link href={`/chat/${room.id}`} className="inline-flex min-h-12 items-center justify-center rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">{t('open')}</Link>
            <Button variant="secondary" aria-pressed={room.muted} disabled={mute.isPending} onClick={() => mute.mutate(!room.muted)}>
              {room.muted ? <Bell aria-hidden className="mr-2 size-5" /> : <BellOff aria-hidden className="mr-2 size-5" />}
        {room.muted ? t('unmute') : t('mute')}
            </Button>
            <Button variant="ghost" disabled={membership.isPending} onClick={() => { if (window.confirm(t('leaveConfirm'))) membership.mutate({ join: false, roomId: room.id }); }}>{t('leave')}</Button>
          </>
        ) : (
          <>
            <Button
              disabled={membership.isPending}
              onClick={() => membership.mutate({ join: true }, { onSuccess: (r) => r.roomId && router.push(`/chat/${r.roomId}`) })}
            >
              {t('join')}
            </Button>
            {room.id && <Link href={`/chat/${room.id}`} className="inline-flex min-h-12 items-center justify-center rounded-xl border border-grape-200 bg-white px-5 font-semibold text-grape-700 hover:bg-grape-50">{t('read')}</Link>}
          </>
        )}
      </div>
      {room.joined && room.muted && <p className="mt-2 text-xs text-neutral-600">{t('mutedHint')}</p>}
      {error && <div className="mt-3"><FormError message={error.message} /></div>}
    </section>
  );
}

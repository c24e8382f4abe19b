'use client';

// A call rings wherever the person is in the app, not only in the room: the shell
// listens for the "incoming call" notification on the user's channel and offers to
// open the room, where the call can be answered. It rings for as long as the call may.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { channels } from '@/lib/realtime/channels';
import { useChannel } from '@/lib/realtime/client';
import type { CallDto, CallResponse } from '@/lib/calls/schemas';
import { RING_MS } from '@/lib/calls/constants';
import { api } from '@/lib/api-client';
import type { NotificationEvent } from '@/lib/notifications/schemas';
import { useRing } from './incoming-call-sheet';

interface Ringing { id: string; title: string; body: string; url: string; roomId: string | null }

function Ring() {
  useRing();
  return null;
}

export function IncomingCallBanner({ userId }: { userId: string }) {
  const t = useTranslations('calls');
  const pathname = usePathname();
  const [ringing, setRinging] = useState<Ringing | null>(null);
  useChannel(channels.user(userId), {
    notification: (d) => {
      const n = (d as NotificationEvent).notification;
      if (n.kind === 'call') setRinging({ id: n.id, title: n.title, body: n.body, url: n.url, roomId: n.url.match(/^\/chat\/([a-z0-9]+)$/)?.[1] ?? null });
    },
  });
  // Answered, declined or hung up (here or on another device): stop ringing. The room's
  // channel says so live; on subscribing, the room's current call is checked once.
  const roomId = ringing?.roomId ?? null;
  const settled = (call: CallDto | null) => {
    if (!call || call.status !== 'RINGING') setRinging((r) => (r?.roomId === roomId ? null : r));
  };
  useChannel(roomId ? channels.room(roomId) : null, { 'call-updated': (d) => settled(d as CallDto) }, () => {
    if (roomId) void api<CallResponse>(`/api/rooms/${roomId}/calls`).then((r) => settled(r.call)).catch(() => {});
  });
  // An unanswered call stops ringing after RING_MS; so does the banner.
  useEffect(() => {
    if (!ringing) return;
    const timer = setTimeout(() => setRinging((r) => (r?.id === ringing.id ? null : r)), RING_MS);
    return () => clearTimeout(timer);
  }, [ringing]);

  // In the room itself, the room's own incoming-call sheet answers the call.
  if (!ringing || pathname === ringing.url) return null;
  return (
    <div role="dialog" aria-labelledby="call-banner-title" className="fixed inset-x-0 top-0 z-50 flex justify-center p-3">
      <Ring />
      <div className="flex w-full max-w-md items-center gap-3 rounded-2xl bg-neutral-900 p-4 text-white shadow-xl">
        <span aria-hidden className="text-2xl">📞</span>
        <div className="min-w-0 flex-1">
          <p id="call-banner-title" className="truncate font-semibold">{ringing.title}</p>
          <p className="text-sm text-neutral-300">{ringing.body}</p>
        </div>
        <button type="button" onClick={() => setRinging(null)} className="min-h-12 rounded-xl px-3 text-sm text-neutral-300">{t('bannerLater')}</button>
        <Link href={ringing.url} onClick={() => setRinging(null)} className="flex min-h-12 items-center rounded-xl bg-green-600 px-4 font-semibold">{t('bannerOpen')}</Link>
      </div>
    </div>
  );
}

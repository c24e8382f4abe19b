'use client';

// A call rings wherever the person is in the app, not only in the room: the shell
// listens for the "incoming call" notification on the user's channel and answers in one
// tap (it opens the room, which accepts at once) or declines. It rings while the call may.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Phone, PhoneOff, Video } from 'lucide-react';
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
  const ts = useTranslations('shell.calls');
  const pathname = usePathname();
  const [ringing, setRinging] = useState<Ringing | null>(null);
  // The ringing call's id, learnt from the room: the answer link carries it.
  const [callId, setCallId] = useState<string | null>(null);
  useChannel(channels.user(userId), {
    notification: (d) => {
      const n = (d as NotificationEvent).notification;
      if (n.kind === 'call') {
        setCallId(null);
        setRinging({ id: n.id, title: n.title, body: n.body, url: n.url, roomId: n.url.match(/^\/chat\/([a-z0-9]+)$/)?.[1] ?? null });
      }
    },
  });
  // Answered, declined or hung up (here or on another device): stop ringing. The room's
  // channel says so live; on subscribing, the room's current call is checked once.
  const roomId = ringing?.roomId ?? null;
  const settled = (call: CallDto | null) => {
    if (call?.status === 'RINGING') setCallId(call.id);
    else setRinging((r) => (r?.roomId === roomId ? null : r));
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
  const decline = () => {
    setRinging(null);
    if (roomId && callId) void api(`/api/rooms/${roomId}/calls/${callId}/decline`, { json: {} }).catch(() => {});
  };
  return (
    <div role="dialog" aria-labelledby="call-banner-title" className="fixed inset-x-0 top-0 z-50 flex justify-center p-3">
      <Ring />
      <div className="flex w-full max-w-md flex-col gap-3 rounded-2xl bg-neutral-900 p-4 text-white shadow-xl">
        <div className="flex items-start gap-3">
          <Video aria-hidden className="mt-0.5 size-6 shrink-0 text-green-400" />
          {/* The whole "김지연님의 영상통화": it wraps rather than being cut short. */}
          <div className="min-w-0 flex-1">
            <p id="call-banner-title" className="break-words text-lg font-semibold leading-snug">{ringing.title}</p>
            <p className="text-sm text-neutral-300">{t('incomingTitle')}</p>
          </div>
        </div>
        <div className="grid grid-cols-2 gap-2">
          <button type="button" onClick={decline} className="flex min-h-12 items-center justify-center gap-2 rounded-xl bg-red-600 px-4 font-semibold">
            <PhoneOff aria-hidden className="size-5" />
            {t('decline')}
          </button>
          <Link
            href={callId ? `${ringing.url}?answer=${callId}` : ringing.url}
            onClick={() => setRinging(null)}
            aria-label={ts('answerLabel', { title: ringing.title })}
            className="flex min-h-12 items-center justify-center gap-2 rounded-xl bg-green-600 px-4 font-semibold"
          >
            <Phone aria-hidden className="size-5" />
            {t('accept')}
          </Link>
        </div>
      </div>
    </div>
  );
}

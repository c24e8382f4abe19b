'use client';

// The room header's call button, and everything a call shows on top of the room.
import dynamic from 'next/dynamic';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { useRoomDetail } from '@/lib/chat/queries';
import { useCall } from '@/lib/calls/client/use-call';
import { IncomingCallSheet } from './incoming-call-sheet';
import { Video } from 'lucide-react';

// The call screen (video, controls) loads when a call starts, not with every group room.
const InCallScreen = dynamic(() => import('./in-call-screen').then((m) => m.InCallScreen), { ssr: false });

export function CallButton({ roomId, me }: { roomId: string; me: string }) {
  const t = useTranslations('calls');
  const c = useCall(roomId, me);
  const { call } = c;
  const roomName = useRoomDetail(roomId).data?.name ?? '';
  const peerName = !call ? '' : call.callerId === me ? (call.answeredByName ?? roomName) : call.callerName;
  // Answered from the shell's banner (?answer=<callId>): one tap there is the answer here.
  const answered = useRef(false);
  const { phase, accept } = c;
  useEffect(() => {
    if (answered.current || phase !== 'incoming' || !call) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get('answer') !== call.id) return;
    answered.current = true;
    url.searchParams.delete('answer');
    window.history.replaceState(window.history.state, '', url);
    void accept(call.id);
  }, [phase, call, accept]);
  return (
    <>
      <button
        type="button"
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full hover:bg-grape-50 disabled:opacity-50"
        aria-label={t('call')}
        disabled={c.phase !== 'idle'}
        onClick={() => void c.start()}
      >
        <Video aria-hidden className="size-5" />
      </button>
      {c.notice && (
        <p role="status" className="fixed inset-x-4 bottom-24 z-40 mx-auto max-w-sm rounded-xl bg-neutral-900/90 px-4 py-3 text-center text-sm text-white">
          {t(c.notice === 'busy' ? 'errors.busy' : c.notice)}
        </p>
      )}
      {call && c.phase === 'incoming' && <IncomingCallSheet callerName={call.callerName} onAccept={() => void c.accept(call.id)} onDecline={() => void c.decline(call.id)} />}
      {call && (c.phase === 'outgoing' || c.phase === 'active') && (
        <InCallScreen
          peerName={peerName}
          answeredAt={call.answeredAt}
          ringing={call.status === 'RINGING'}
          link={c.link}
          local={c.local}
          remote={c.remote}
          mic={c.mic}
          cam={c.cam}
          canSwitch={c.canSwitch}
          onMic={c.toggleMic}
          onCam={c.toggleCam}
          onSwitch={() => void c.switchCamera()}
          onHangUp={() => void c.hangUp(call.id)}
        />
      )}
    </>
  );
}

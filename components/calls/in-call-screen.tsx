'use client';

// The call itself: the other person full screen, me in a corner, and the controls.
import { useEffect, useRef, useState } from 'react';
import { formatDuration } from '@/lib/calls/duration';
import { useTranslations } from 'use-intl';
import { Camera, CameraOff, Mic, MicOff, PhoneOff, SwitchCamera } from 'lucide-react';

function Video({ stream, label, muted, className, testId }: { stream: MediaStream | null; label: string; muted?: boolean; className: string; testId: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== stream) ref.current.srcObject = stream;
  }, [stream]);
  return <video ref={ref} aria-label={label} data-testid={testId} autoPlay playsInline muted={muted} className={className} />;
}

/** Time since the call was answered, ticking each second (server time, so both sides agree). */
function Timer({ since }: { since: string }) {
  const [nowMs, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <span data-testid="call-timer" className="tabular-nums">{formatDuration(nowMs - Date.parse(since))}</span>;
}

interface Props {
  /** Who is on the other end (the caller, the one who answered, or the room while ringing). */
  peerName: string;
  /** When it was answered; the timer runs from here. */
  answeredAt: string | null;
  ringing: boolean;
  link: 'connecting' | 'connected' | 'failed';
  local: MediaStream | null;
  remote: MediaStream | null;
  mic: boolean;
  cam: boolean;
  canSwitch: boolean;
  onMic: () => void;
  onCam: () => void;
  onSwitch: () => void;
  onHangUp: () => void;
}

const control = 'flex min-h-14 min-w-14 items-center justify-center rounded-full text-2xl';

export function InCallScreen(p: Props) {
  const t = useTranslations('calls');
  const status = p.ringing ? t('callingRoom') : p.link === 'connected' ? t('connected') : p.link === 'failed' ? t('failed') : t('connecting');
  return (
    <div role="dialog" aria-modal="true" aria-label={t('screen')} className="fixed inset-0 z-50 flex flex-col bg-neutral-950 text-white">
      <Video stream={p.remote} label={t('remoteVideo')} testId="remote-video" className="h-full w-full flex-1 object-cover" />
      <Video stream={p.local} label={t('localVideo')} testId="local-video" muted className="absolute right-4 top-4 h-40 w-28 rounded-xl object-cover shadow-lg" />
      <div className="absolute left-4 right-36 top-4 flex flex-col items-start gap-1">
        <h2 data-testid="call-peer" className="break-words rounded-xl bg-black/50 px-3 py-1 text-lg font-bold">{p.peerName}</h2>
        <p role="status" className="flex gap-2 rounded-full bg-black/50 px-3 py-1 text-sm">
          <span>{status}</span>
          {p.answeredAt && !p.ringing && <Timer since={p.answeredAt} />}
        </p>
      </div>
      <div className="absolute inset-x-0 bottom-0 flex justify-center gap-4 bg-gradient-to-t from-black/70 p-6">
        <button type="button" className={`${control} ${p.mic ? 'bg-white/20' : 'bg-white text-neutral-900'}`} aria-label={p.mic ? t('mute') : t('unmute')} aria-pressed={!p.mic} onClick={p.onMic}>{p.mic ? <Mic aria-hidden className="size-6" /> : <MicOff aria-hidden className="size-6" />}</button>
        <button type="button" className={`${control} ${p.cam ? 'bg-white/20' : 'bg-white text-neutral-900'}`} aria-label={p.cam ? t('cameraOff') : t('cameraOn')} aria-pressed={!p.cam} onClick={p.onCam}>{p.cam ? <Camera aria-hidden className="size-6" /> : <CameraOff aria-hidden className="size-6" />}</button>
        {p.canSwitch && <button type="button" className={`${control} bg-white/20`} aria-label={t('switchCamera')} onClick={p.onSwitch}><SwitchCamera aria-hidden className="size-6" /></button>}
        <button type="button" className={`${control} bg-red-600`} aria-label={t('hangUp')} onClick={p.onHangUp}><PhoneOff aria-hidden className="size-6" /></button>
      </div>
    </div>
  );
}

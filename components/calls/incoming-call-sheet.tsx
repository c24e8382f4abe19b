'use client';

// An incoming call: who is calling, accept or decline, and a ring while it waits.
import { useEffect } from 'react';
import { useTranslations } from 'use-intl';

/** A soft two-tone ring (Web Audio; silent where the browser blocks autoplay) and vibration. */
export function useRing() {
  useEffect(() => {
    const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    let ctx: AudioContext | null = null;
    try { ctx = Ctx ? new Ctx() : null; } catch { ctx = null; }
    const ring = () => {
      navigator.vibrate?.([400, 200, 400]);
      if (!ctx || ctx.state !== 'running') return void ctx?.resume().catch(() => {});
      for (const [i, f] of [440, 554].entries()) {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        gain.gain.value = 0.08;
        osc.frequency.value = f;
        osc.connect(gain).connect(ctx.destination);
        osc.start(ctx.currentTime + i * 0.4);
        osc.stop(ctx.currentTime + i * 0.4 + 0.35);
      }
    };
    ring();
    const timer = setInterval(ring, 2000);
    return () => {
      clearInterval(timer);
      navigator.vibrate?.(0);
      void ctx?.close().catch(() => {});
    };
  }, []);
}

export function IncomingCallSheet({ callerName, onAccept, onDecline }: { callerName: string; onAccept: () => void; onDecline: () => void }) {
  const t = useTranslations('calls');
  useRing();
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="incoming-call-title" className="fixed inset-0 z-50 flex items-end justify-center bg-black/40 md:items-center">
      <div className="w-full max-w-sm rounded-t-3xl bg-white p-6 text-center shadow-xl md:rounded-3xl">
        <p className="text-sm text-neutral-600">{t('incomingTitle')}</p>
        <h2 id="incoming-call-title" className="mt-1 text-xl font-bold">{t('incoming', { name: callerName })}</h2>
        <div className="mt-6 flex justify-center gap-8">
          <button type="button" onClick={onDecline} className="min-h-14 min-w-24 rounded-full bg-red-600 px-5 font-semibold text-white">{t('decline')}</button>
          <button type="button" onClick={onAccept} className="min-h-14 min-w-24 rounded-full bg-green-600 px-5 font-semibold text-white">{t('accept')}</button>
        </div>
      </div>
    </div>
  );
}

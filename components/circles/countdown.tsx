'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useRefreshCircles } from '@/lib/circles/queries';
import type { DisconnectDto } from '@/lib/circles/schemas';

function useNow(everyMs: number) {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNowMs(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return nowMs;
}

const MINUTE = 60_000;

/**
 * Time left before a couple ends. `remainingMs` was measured on the server's clock
 * when the data arrived (`receivedAt`), so the countdown follows the server, not this
 * device. At zero it asks again; the server dissolves the couple on that read.
 */
export function DisconnectCountdown({ disconnect, receivedAt }: { disconnect: DisconnectDto; receivedAt: number }) {
  const t = useTranslations('couple');
  const refresh = useRefreshCircles();
  const nowMs = useNow(15_000);
  const left = Math.max(0, receivedAt + disconnect.remainingMs - nowMs);
  const due = left === 0;
  useEffect(() => {
    if (due) void refresh();
  }, [due, refresh]);
  if (due) return <p role="status" className="font-semibold text-red-700">{t('countdownDue')}</p>;
  const minutes = Math.ceil(left / MINUTE);
  return (
    <p className="font-semibold text-red-700" data-testid="disconnect-countdown" suppressHydrationWarning>
      {t('countdown', { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 })}
    </p>
  );
}

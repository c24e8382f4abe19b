'use client';

import { useTranslations } from 'use-intl';
import { useConnectionState } from '@/lib/realtime/client';

/** Tells the person when live updates are paused; they resume and resync by themselves. */
export function ConnectionBanner() {
  const t = useTranslations('app');
  const state = useConnectionState();
  if (state !== 'unavailable' && state !== 'failed') return null;
  return (
    <p role="status" className="sticky top-0 z-30 bg-amber-100 px-4 py-2 text-center text-sm text-amber-900">
      {t('reconnecting')}
    </p>
  );
}

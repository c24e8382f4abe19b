'use client';

import { useTranslations } from 'use-intl';
import { NotificationBell } from './notification-bell';
import { PushToggle } from './push-toggle';

/** The 나 tab's notifications card: the bell into the center, and push for this device. */
export function NotificationsSection({ userId }: { userId: string }) {
  const t = useTranslations('notifications');
  return (
    <section aria-labelledby="me-notifications" className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm">
      <div className="flex items-center justify-between gap-3">
        <div>
          <h2 id="me-notifications" className="text-lg font-bold">{t('title')}</h2>
          <p className="text-sm text-neutral-600">{t('sectionHint')}</p>
        </div>
        <NotificationBell userId={userId} />
      </div>
      <PushToggle />
    </section>
  );
}

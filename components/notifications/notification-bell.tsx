'use client';

import Link from 'next/link';
import { Bell } from 'lucide-react';
import { useTranslations } from 'use-intl';
import { useNotificationsLive, useUnreadNotifications } from '@/lib/notifications/queries';

/** A bell linking to the notification center, with the live unread count. */
export function NotificationBell({ userId, initialUnread }: { userId: string; initialUnread?: number }) {
  const t = useTranslations('notifications');
  useNotificationsLive(userId);
  const unread = useUnreadNotifications(initialUnread).data ?? 0;
  return (
    <Link
      href="/me/notifications"
      aria-label={t('bellLabel', { count: unread })}
      data-testid="notification-bell"
      className="relative inline-flex min-h-12 min-w-12 shrink-0 items-center justify-center rounded-xl text-grape-700 hover:bg-grape-50 focus-visible:outline-2 focus-visible:outline-grape-600"
    >
      <Bell aria-hidden className="size-7" strokeWidth={1.9} />
      {unread > 0 && (
        <span aria-hidden data-testid="notification-unread" className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-[11px] font-bold leading-5 text-white">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}

'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { CircleUserRound, Grape, House, MapPin, MessageCircle, Ticket } from 'lucide-react';
import { useUnread } from '@/lib/chat/queries';
import { useNotificationsLive, useUnreadNotifications } from '@/lib/notifications/queries';

// SVG icons, not emoji: those render differently on every phone (or as empty boxes).
const TABS = [
  { href: '/', key: 'home', Icon: House },
  { href: '/chat', key: 'chat', Icon: MessageCircle },
  { href: '/pieces', key: 'pieces', Icon: Ticket },
  { href: '/neighbourhood', key: 'neighbourhood', Icon: MapPin },
  { href: '/me', key: 'me', Icon: CircleUserRound },
] as const;

const badgeClass = 'absolute -right-3 -top-1 min-w-5 rounded-full bg-red-500 px-1 text-center text-[11px] font-bold leading-5 text-white';

/** Bottom tab bar on phones, left sidebar from the md breakpoint up; 채팅 counts unread messages, 나 unread notifications. */
export function TabNav({ userId }: { userId: string }) {
  const t = useTranslations('nav');
  const tApp = useTranslations('app');
  const tShell = useTranslations('shell');
  const pathname = usePathname();
  const unread = useUnread().data?.totalUnread ?? 0;
  useNotificationsLive(userId);
  const notes = useUnreadNotifications().data ?? 0;
  const tChat = useTranslations('chat');
  // Cakes (show pages) belong to the 조각 tab.
  const active = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href) || (href === '/pieces' && pathname.startsWith('/cakes')));
  return (
    <nav
      aria-label={t('main')}
      className="fixed inset-x-0 bottom-0 z-20 border-t border-neutral-200 bg-white pb-[env(safe-area-inset-bottom)] md:static md:inset-auto md:w-56 md:shrink-0 md:border-r md:border-t-0 md:pb-0"
    >
      <p className="hidden items-center gap-2 px-6 pb-4 pt-6 text-2xl font-extrabold text-grape-700 md:flex">
        <Grape aria-hidden className="size-7" />
        {tApp('name')}
      </p>
      <ul className="grid grid-cols-5 md:flex md:flex-col md:gap-1 md:px-3">
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={active(tab.href) ? 'page' : undefined}
              aria-describedby={tab.key === 'me' && notes > 0 ? 'tab-me-badge' : undefined}
              className={`flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-medium md:min-h-12 md:flex-row md:justify-start md:gap-3 md:rounded-xl md:px-4 md:text-base ${
                active(tab.href) ? 'text-grape-700 md:bg-grape-50' : 'text-neutral-600 hover:text-grape-700'
              }`}
            >
              <span aria-hidden className="relative md:mr-2">
                <tab.Icon className="size-6" strokeWidth={active(tab.href) ? 2.4 : 1.9} />
                {tab.key === 'chat' && unread > 0 && (
                  <span data-testid="tab-unread" className={badgeClass}>
                    {unread > 99 ? '99+' : unread}
                  </span>
                )}
                {tab.key === 'me' && notes > 0 && (
                  <span data-testid="tab-notifications" className={badgeClass}>
                    {notes > 99 ? '99+' : notes}
                  </span>
                )}
              </span>
              <span>{t(tab.key)}</span>
              {tab.key === 'chat' && unread > 0 && <span className="sr-only">{tChat('unreadBadge', { count: unread })}</span>}
              {/* A description, not part of the name: the tab stays "나" for everyone finding it. */}
              {tab.key === 'me' && notes > 0 && <span id="tab-me-badge" aria-hidden className="sr-only">{tShell('meBadge', { count: notes })}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { useUnread } from '@/lib/chat/queries';

const TABS = [
  { href: '/', key: 'home', icon: '🏠' },
  { href: '/chat', key: 'chat', icon: '💬' },
  { href: '/pieces', key: 'pieces', icon: '🎟️' },
  { href: '/neighbourhood', key: 'neighbourhood', icon: '🛵' },
  { href: '/me', key: 'me', icon: '🙂' },
] as const;

/** Bottom tab bar on phones, left sidebar from the md breakpoint up. */
export function TabNav() {
  const t = useTranslations('nav');
  const tApp = useTranslations('app');
  const pathname = usePathname();
  const unread = useUnread().data?.totalUnread ?? 0;
  const tChat = useTranslations('chat');
  // Cakes (show pages) belong to the 조각 tab.
  const active = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href) || (href === '/pieces' && pathname.startsWith('/cakes')));
  return (
    <nav
      aria-label={t('main')}
      className="fixed inset-x-0 bottom-0 z-20 border-t border-neutral-200 bg-white pb-[env(safe-area-inset-bottom)] md:static md:inset-auto md:w-56 md:shrink-0 md:border-r md:border-t-0 md:pb-0"
    >
      <p className="hidden px-6 pb-4 pt-6 text-2xl font-extrabold text-grape-700 md:block">🍇 {tApp('name')}</p>
      <ul className="grid grid-cols-5 md:flex md:flex-col md:gap-1 md:px-3">
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={active(tab.href) ? 'page' : undefined}
              className={`flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-medium md:min-h-12 md:flex-row md:justify-start md:gap-3 md:rounded-xl md:px-4 md:text-base ${
                active(tab.href) ? 'text-grape-700 md:bg-grape-50' : 'text-neutral-600 hover:text-grape-700'
              }`}
            >
              <span aria-hidden className="relative text-xl">
                {tab.icon}
                {tab.key === 'chat' && unread > 0 && (
                  <span data-testid="tab-unread" className="absolute -right-3 -top-1 min-w-5 rounded-full bg-red-500 px-1 text-center text-[11px] font-bold leading-5 text-white">
                    {unread > 99 ? '99+' : unread}
                  </span>
                )}
              </span>
              <span>{t(tab.key)}</span>
              {tab.key === 'chat' && unread > 0 && <span className="sr-only">{tChat('unreadBadge', { count: unread })}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

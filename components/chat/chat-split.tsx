'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'use-intl';
import type { RoomsData } from '@/lib/chat/queries';
import { RoomList } from './room-list';

/** Phone: the list or the open room. Desktop: the list beside the open room. */
export function ChatSplit({ initialRooms, children }: { initialRooms?: RoomsData; children: React.ReactNode }) {
  const t = useTranslations('chat');
  const pathname = usePathname();
  const atList = pathname === '/chat';
  return (
    <div className="-mx-4 -mb-24 -mt-6 flex md:-mb-10">
      <aside className={`${atList ? 'flex' : 'hidden'} w-full flex-col gap-3 px-3 pt-6 md:flex md:h-dvh md:w-80 md:shrink-0 md:overflow-y-auto md:border-r md:border-neutral-200`}>
        <div className="flex items-center justify-between px-1">
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <nav className="flex gap-1 text-sm">
            <Link href="/chat/friends" className="flex min-h-10 items-center rounded-full px-3 font-semibold text-grape-700 hover:bg-grape-50">{t('friendsLink')}</Link>
            <Link href="/chat/new" className="flex min-h-10 items-center rounded-full px-3 font-semibold text-grape-700 hover:bg-grape-50">{t('newGroup')}</Link>
          </nav>
        </div>
        <RoomList initial={initialRooms} />
      </aside>
      <div className={`${atList ? 'hidden md:flex' : 'flex'} min-w-0 flex-1 flex-col`}>{children}</div>
    </div>
  );
}

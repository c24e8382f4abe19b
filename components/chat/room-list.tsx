'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'use-intl';
import { useRooms, type RoomsData } from '@/lib/chat/queries';
import { Avatar } from '@/components/ui/avatar';
import { EmptyState } from '@/components/ui/empty-state';
import { listTimeLabel } from './format';
import type { RoomSummaryDto } from '@/lib/chat/schemas';
import { BellOff } from 'lucide-react';

function preview(r: RoomSummaryDto, t: ReturnType<typeof useTranslations<'chat'>>, tr: ReturnType<typeof useTranslations<'rooms.search'>>) {
  const m = r.lastMessage;
  if (!m) return t('noMessagesYet');
  if (m.kind === 'STICKER') return t('stickers');
  if ((m.kind === 'IMAGE' || m.kind === 'VIDEO') && m.preview) return tr(m.kind === 'IMAGE' ? 'photo' : 'video');
  if (m.kind === 'SYSTEM') return '';
  return m.preview || t('deletedMessage');
}

export function RoomList({ initial }: { initial?: RoomsData }) {
  const t = useTranslations('chat');
  const tr = useTranslations('rooms.search');
  const locale = useLocale();
  const pathname = usePathname();
  const { data, isPending, isError, refetch } = useRooms(initial);

  if (isPending) return <p className="p-4 text-sm text-neutral-500" role="status">{t('noMessagesYet')}</p>;
  if (isError) {
    return (
      <p className="p-4 text-sm text-red-700" role="alert">
        {t('loadError')} <button type="button" className="underline" onClick={() => refetch()}>{t('retry')}</button>
      </p>
    );
  }
  if (data.rooms.length === 0) return <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />;
  return (
    <ul className="flex flex-col" aria-label={t('title')} data-testid="room-list">
      {data.rooms.map((r) => {
        const active = pathname === `/chat/${r.id}`;
        return (
          <li key={r.id}>
            <Link
              href={`/chat/${r.id}`}
              aria-current={active ? 'page' : undefined}
              data-testid="room-item"
              className={`flex min-h-16 items-center gap-3 rounded-xl px-3 py-2 hover:bg-grape-50 ${active ? 'bg-grape-50' : ''}`}
            >
              <Avatar url={r.imageUrl ?? r.avatars[0] ?? null} name={r.name} size={44} />
              <span className="min-w-0 flex-1">
                <span className="flex items-center gap-1">
                  <span className="truncate font-semibold">{r.name}</span>
                  {r.kind !== 'DIRECT' && <span className="text-xs text-neutral-500">{r.memberCount}</span>}
                  {r.muted && <BellOff role="img" aria-label={t('muted')} className="size-3.5 shrink-0 text-neutral-500" />}
                </span>
                <span className="block truncate text-sm text-neutral-600">{preview(r, t, tr)}</span>
              </span>
              <span className="flex flex-col items-end gap-1">
                {r.lastMessage && <span className="text-xs text-neutral-500">{listTimeLabel(r.lastMessage.at, locale)}</span>}
                {r.unread > 0 && (
                  <span data-testid="unread-badge" aria-label={t('unreadBadge', { count: r.unread })} className={`min-w-6 rounded-full px-1.5 text-center text-xs font-bold leading-6 text-white ${r.quiet ? 'bg-neutral-400' : 'bg-red-500'}`}>
                    {r.unread > 999 ? '999+' : r.unread}
                  </span>
                )}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { useMarkRead, useNotificationList, useNotificationsLive, useUnreadNotifications } from '@/lib/notifications/queries';
import type { NotificationDto } from '@/lib/notifications/schemas';

function Item({ n, onOpen }: { n: NotificationDto; onOpen: () => void }) {
  const t = useTranslations('notifications');
  const format = useFormatter();
  return (
    <li>
      <Link
        href={n.url}
        onClick={onOpen}
        data-testid="notification-item"
        className={`flex min-h-14 gap-3 rounded-xl px-3 py-3 hover:bg-grape-50 focus-visible:outline-2 focus-visible:outline-grape-600 ${n.read ? '' : 'bg-grape-50/60'}`}
      >
        <span aria-hidden className={`mt-2 h-2 w-2 shrink-0 rounded-full ${n.read ? 'bg-transparent' : 'bg-grape-600'}`} />
        <span className="flex min-w-0 flex-col">
          <span className={n.read ? 'font-medium' : 'font-bold'}>
            {!n.read && <span className="sr-only">{t('unread')}: </span>}
            {n.title}
          </span>
          {n.body && <span className="text-sm text-neutral-700">{n.body}</span>}
          <time dateTime={n.createdAt} className="text-xs text-neutral-500">
            {format.dateTime(new Date(n.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
        </span>
      </Link>
    </li>
  );
}

/** The notification center: newest first, live, mark one (by opening it) or all read. */
export function NotificationCenter({ userId }: { userId: string }) {
  const t = useTranslations('notifications');
  useNotificationsLive(userId);
  const list = useNotificationList();
  const unread = useUnreadNotifications().data ?? 0;
  const mark = useMarkRead();
  const items = list.data?.pages.flatMap((p) => p.notifications) ?? [];

  if (list.isPending) return <p role="status" className="text-neutral-600">{t('loading')}</p>;
  if (list.isError && !items.length) {
    return (
      <div role="alert" className="flex flex-col items-start gap-3">
        <p>{t('loadFailed')}</p>
        <Button variant="secondary" onClick={() => list.refetch()}>{t('retry')}</Button>
      </div>
    );
  }
  if (!items.length) return <EmptyState title={t('empty')} body={t('emptyBody')} />;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex justify-end">
        <Button variant="ghost" disabled={unread === 0 || mark.isPending} onClick={() => mark.mutate('all')}>
          {t('markAllRead')}
        </Button>
      </div>
      <ul className="flex flex-col gap-1 rounded-2xl bg-white p-2 shadow-sm" aria-label={t('title')}>
        {items.map((n) => (
          <Item key={n.id} n={n} onOpen={() => !n.read && mark.mutate(n.id)} />
        ))}
      </ul>
      {list.hasNextPage && (
        <Button variant="secondary" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t('loading') : t('loadMore')}
        </Button>
      )}
    </div>
  );
}

'use client';

// Client data for notifications: one key factory, the center's pages, the unread
// count, and the user channel keeping both live on every open device.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '@/lib/api-client';
import { setLiveData } from '@/lib/query/live';
import { channels } from '@/lib/realtime/channels';
import { useChannel } from '@/lib/realtime/client';
import { useSeed } from '@/lib/query/seed';
import type { NotificationEvent, NotificationListDto, NotificationsReadEvent } from './schemas';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
};

const fetchPage = (before?: string) => api<NotificationListDto>(`/api/notifications${before ? `?before=${before}` : ''}`);

export function useNotificationList() {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(),
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useUnreadNotifications(initial?: number) {
  useSeed(notificationKeys.unread(), initial);
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: () => api<NotificationListDto>('/api/notifications?limit=1').then((r) => r.unreadCount),
    initialData: initial,
  });
}

/** Keep the center and the badge live; after a reconnect, refetch what was missed. */
export function useNotificationsLive(userId: string) {
  const qc = useQueryClient();
  const refresh = useCallback(() => qc.invalidateQueries({ queryKey: notificationKeys.all }), [qc]);
  useChannel(
    channels.user(userId),
    {
      notification: (d) => {
        setLiveData(qc, notificationKeys.unread(), (d as NotificationEvent).unreadCount);
        qc.invalidateQueries({ queryKey: notificationKeys.list() });
      },
      'notifications-read': (d) => {
        setLiveData(qc, notificationKeys.unread(), (d as NotificationsReadEvent).unreadCount);
        qc.invalidateQueries({ queryKey: notificationKeys.list() });
      },
    },
    refresh,
  );
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      api<{ unreadCount: number }>(id === 'all' ? '/api/notifications' : `/api/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: ({ unreadCount }) => qc.setQueryData(notificationKeys.unread(), unreadCount),
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.list() }),
  });
}

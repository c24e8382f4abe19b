// What the notifications domain publishes on `private-user-{id}`, after the write.
import { publish } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';
import type { NotificationDto, NotificationEvent, NotificationsReadEvent } from './schemas';

export const publishNotification = (userId: string, notification: NotificationDto, unreadCount: number) =>
  publish(channels.user(userId), 'notification', { notification, unreadCount } satisfies NotificationEvent);

/** Read on one device: every other device of the same person updates its badge. */
export const publishNotificationsRead = (userId: string, unreadCount: number) =>
  publish(channels.user(userId), 'notifications-read', { unreadCount } satisfies NotificationsReadEvent);

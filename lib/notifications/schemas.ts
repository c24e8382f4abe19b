import { z } from 'zod';
import { idSchema, url, verbatim } from '@/lib/schemas';

export const notificationParams = z.object({ id: idSchema });

const base64url = /^[A-Za-z0-9_-]+={0,2}$/;
/** Bytes encoded by a base64url string (without decoding: this file also runs in the browser). */
const decodedLength = (s: string) => Math.floor((s.replace(/=+$/, '').length * 3) / 4);

/** What `PushSubscription.toJSON()` gives in the browser (expirationTime is ignored). */
export const subscribeSchema = z.object({
  endpoint: url({ protocol: /^https?$/, error: 'notifications.errors.endpointInvalid' }).max(2048),
  keys: z.object({
    // An uncompressed P-256 point (65 bytes, starting 0x04, so 'B' in base64) and a
    // 16-byte secret: what web-push needs to encrypt. Anything else fails every send.
    p256dh: z
      .string()
      .max(200)
      .regex(base64url)
      .refine((s) => decodedLength(s) === 65 && s.startsWith('B'), { error: 'notifications.errors.keysInvalid' }),
    auth: z
      .string()
      .max(100)
      .regex(base64url)
      .refine((s) => decodedLength(s) >= 16, { error: 'notifications.errors.keysInvalid' }),
  }),
});
export type SubscribeInput = z.infer<typeof subscribeSchema>;

/**
 * Browsers hand us the push service's URL and the server POSTs to it, so only
 * public https hosts are accepted: no loopback, IP literals or intranet names.
 */
export function isPublicHttpsEndpoint(endpoint: string) {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  const ipLiteral = /^[\d.]+$/.test(host) || host.startsWith('[');
  const internal = !host.includes('.') || /(^|\.)(localhost|local|internal|lan|home\.arpa)$/.test(host);
  return url.protocol === 'https:' && !ipLiteral && !internal && !url.username && !url.password;
}

export const unsubscribeSchema = z.object({ endpoint: verbatim().min(1).max(2048) });

export const listQuerySchema = z.object({
  before: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(30),
});

/** Kinds of app events in the notification center (chat messages are push only). */
// Add a kind here when a domain starts notifying; the center shows them all alike.
export type NotificationKind = 'couple.request' | 'couple.accepted' | 'couple.question' | 'couple.answered' | 'family.joined' | 'mission' | 'board' | 'call' | 'call.answered' | 'call.declined' | 'call.missed' | 'post' | 'title' | 'system';

export interface NotificationDto {
  id: string;
  kind: string;
  title: string;
  body: string;
  url: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationListDto {
  notifications: NotificationDto[];
  unreadCount: number;
  nextBefore: string | null;
}

/** Realtime event on `private-user-{id}`: a new notification. */
export interface NotificationEvent {
  notification: NotificationDto;
  unreadCount: number;
}

/** Realtime event on `private-user-{id}`: notifications were read on some device. */
export interface NotificationsReadEvent {
  unreadCount: number;
}

/** What the service worker receives (public/sw.js shows it and opens `url` on tap). */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  tag: string;
}

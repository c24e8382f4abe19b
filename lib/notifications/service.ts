// Notifications: the in-app center (app events such as couple requests, family joins,
// missions, calls) and the devices that receive web push. Chat messages are not
// stored here: like KakaoTalk they are push + the unread badge (see message-push.ts).
import { db, type Tx } from '@/lib/db';
import { defer } from '@/lib/defer';
import { env } from '@/lib/env';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/config';
import { publishNotification, publishNotificationsRead } from './events';
import { pushEnabled, pushTargetSelect, pushToTargets } from './push';
import { usersWithVisibleTab } from './presence';
import { isPublicHttpsEndpoint, type NotificationDto, type NotificationKind, type NotificationListDto, type SubscribeInput } from './schemas';

type Row = { id: string; kind: string; title: string; body: string; url: string; createdAt: Date; readAt: Date | null };

export const toNotificationDto = (n: Row): NotificationDto => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  url: n.url,
  createdAt: n.createdAt.toISOString(),
  read: !!n.readAt,
});

/** Text for a notification: fixed, or rendered in each recipient's language. */
export type LocalText = string | ((locale: Locale) => string);

export interface NotifyInput {
  kind: NotificationKind;
  title: LocalText;
  body?: LocalText;
  /** Where tapping it leads: a path inside Moa, e.g. `/circles/<id>`. */
  url: string;
}

const render = (text: LocalText | undefined, locale: Locale) => (typeof text === 'function' ? text(locale) : (text ?? ''));

export function countUnread(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

async function unreadCounts(userIds: string[]) {
  const rows = await db.notification.groupBy({ by: ['userId'], where: { userId: { in: userIds }, readAt: null }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.userId, r._count._all]));
}

type NotificationRow = Row & { userId: string };

/**
 * Store an app event in each person's notification center (rendered in their language),
 * through `tx` when it must commit with your own write. Then call `deliverNotifications`.
 */
export async function storeNotifications(tx: Pick<Tx, 'user' | 'notification'>, userIds: string[], input: NotifyInput): Promise<NotificationRow[]> {
  if (!/^\/(?!\/)/.test(input.url)) throw new Error(`notify: url must be a path inside Moa, got ${input.url}`);
  const users = await tx.user.findMany({ where: { id: { in: [...new Set(userIds)] }, deletedAt: null }, select: { id: true, locale: true } });
  if (!users.length) return [];
  return tx.notification.createManyAndReturn({
    data: users.map((u) => {
      const locale = isLocale(u.locale) ? u.locale : DEFAULT_LOCALE;
      return { userId: u.id, kind: input.kind, title: render(input.title, locale).slice(0, 200), body: render(input.body, locale).slice(0, 500), url: input.url };
    }),
  });
}

/**
 * After the rows committed, in the background: a live `notification` event (with the new
 * unread count) on each person's user channel, and a push to their devices unless they
 * have a Moa tab on screen right now (presence.ts), where the event already shows it.
 */
export function deliverNotifications(rows: NotificationRow[]) {
  if (!rows.length) return;
  defer(async () => {
    const userIds = rows.map((r) => r.userId);
    const [counts, targets] = await Promise.all([
      unreadCounts(userIds),
      pushEnabled() ? db.pushSubscription.findMany({ where: { userId: { in: userIds } }, select: { ...pushTargetSelect, userId: true } }) : [],
    ]);
    const looking = targets.length ? await usersWithVisibleTab(targets.map((t) => t.userId)) : new Set<string>();
    await Promise.all(
      rows.map((r) =>
        Promise.all([
          publishNotification(r.userId, toNotificationDto(r), counts.get(r.userId) ?? 0),
          looking.has(r.userId)
            ? null
            : pushToTargets(
                targets.filter((t) => t.userId === r.userId),
                () => ({ title: r.title, body: r.body, url: r.url, tag: r.id }),
                { ttl: 7 * 24 * 3600 },
              ),
        ]),
      ),
    );
  });
}

/**
 * Tell people about an app event: a row in each one's notification center, then the live
 * event and (when they are away) a push. Call it after your own write committed; the rows
 * are stored before it returns, the fan-out runs in the background.
 */
export async function notify(userIds: string[], input: NotifyInput): Promise<NotificationDto[]> {
  const rows = await storeNotifications(db, userIds, input);
  deliverNotifications(rows);
  return rows.map(toNotificationDto);
}

/**
 * Rewrite notifications that are no longer true as sent (a ringing call that was answered,
 * declined or missed): a new kind (so it is settled once), a new body in each recipient's
 * language and, with `read`, out of the unread count. Every device of the people concerned updates its badge and list.
 */
export async function settleNotifications(where: { kind: NotificationKind; url: string }, input: { kind: NotificationKind; body: LocalText; read: boolean }) {
  const rows = await db.notification.findMany({
    where: { kind: where.kind, url: where.url },
    select: { id: true, userId: true, readAt: true, user: { select: { locale: true } } },
  });
  if (!rows.length) return;
  const at = now();
  await db.$transaction(
    rows.map((r) =>
      db.notification.update({
        where: { id: r.id },
        data: { kind: input.kind, body: render(input.body, isLocale(r.user.locale) ? r.user.locale : DEFAULT_LOCALE).slice(0, 500), ...(input.read && !r.readAt ? { readAt: at } : {}) },
      }),
    ),
  );
  const userIds = [...new Set(rows.map((r) => r.userId))];
  const counts = await unreadCounts(userIds);
  await Promise.all(userIds.map((id) => publishNotificationsRead(id, counts.get(id) ?? 0)));
}

/** My notifications, newest first, 30 at a time (`before` = the last id of the previous page). */
export async function listNotifications(userId: string, q: { before?: string; limit: number }): Promise<NotificationListDto> {
  let older = {};
  if (q.before) {
    const cursor = await db.notification.findFirst({ where: { id: q.before, userId }, select: { id: true, createdAt: true } });
    if (!cursor) throw notFound();
    older = { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
  }
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({ where: { userId, ...older }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: q.limit + 1 }),
    countUnread(userId),
  ]);
  const page = rows.slice(0, q.limit);
  return { notifications: page.map(toNotificationDto), unreadCount, nextBefore: rows.length > q.limit ? page[page.length - 1].id : null };
}

/** Mark one of my notifications read; someone else's is not found. */
export async function markNotificationRead(userId: string, id: string) {
  const { count } = await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now() } });
  if (!count && !(await db.notification.findFirst({ where: { id, userId }, select: { id: true } }))) throw notFound();
  const unreadCount = await countUnread(userId);
  if (count) defer(publishNotificationsRead(userId, unreadCount));
  return { unreadCount };
}

export async function markAllNotificationsRead(userId: string) {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now() } });
  if (count) defer(publishNotificationsRead(userId, 0));
  return { unreadCount: 0 };
}

/** The test mock push service speaks plain http on 127.0.0.1: allowed with MOA_TEST_HOOKS=1 only. */
function assertPushEndpoint(endpoint: string) {
  if (env().MOA_TEST_HOOKS === '1' || isPublicHttpsEndpoint(endpoint)) return;
  throw new AppError('validation_failed', 'notifications.errors.endpointInsecure');
}

/**
 * Register this device for push. The endpoint identifies the browser, so it
 * belongs to whoever subscribed on it last (a shared tablet switches owners).
 */
export async function savePushSubscription(userId: string, input: SubscribeInput, userAgent: string) {
  assertPushEndpoint(input.endpoint);
  const data = { userId, p256dh: input.keys.p256dh, auth: input.keys.auth, userAgent: userAgent.slice(0, 300) };
  const existing = await db.pushSubscription.findUnique({ where: { endpoint: input.endpoint }, select: { id: true } });
  // A re-subscription counts as new (createdAt moves), so "oldest" is the longest unregistered.
  const sub = await db.pushSubscription.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: { ...data, createdAt: now() } });
  await dropOldSubscriptions(userId);
  return { subscription: { id: sub.id, endpoint: sub.endpoint }, created: !existing };
}

/** Devices one person may have registered for push; registering one more drops the oldest. */
export const MAX_PUSH_SUBSCRIPTIONS = 10;

async function dropOldSubscriptions(userId: string) {
  const extra = await db.pushSubscription.findMany({
    where: { userId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: MAX_PUSH_SUBSCRIPTIONS, select: { id: true },
  });
  if (extra.length) await db.pushSubscription.deleteMany({ where: { id: { in: extra.map((e) => e.id) } } });
}

/** Forget this device; only my own subscription can be removed (others: not found). */
export async function deletePushSubscription(userId: string, endpoint: string) {
  const { count } = await db.pushSubscription.deleteMany({ where: { endpoint, userId } });
  if (!count) throw notFound();
  return { ok: true };
}

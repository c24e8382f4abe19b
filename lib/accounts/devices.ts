// Device sessions: every sign-in is a row, and the JWT names it (`sid`). A session is
// live while its row exists, is not revoked, and the user's session version matches; the
// hot chat statements check the same inside their own SQL (lib/chat/statements.ts).
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { describeDevice } from './user-agent';
import type { DeviceSessionDto, SessionUser } from './schemas';

/** "Last seen" moves at most this often per session, so a busy device writes rarely. */
export const LAST_SEEN_EVERY_MS = 5 * 60 * 1000;
/** next-auth's JWT lifetime: a device not seen for this long holds no usable token. */
const SESSION_DAYS = 30;

export interface SessionClaimsLike {
  uid: string;
  sv: number;
  sid: string;
}

export type SignedInUser = SessionUser & { sessionId: string };

/** A new row for a successful sign-in; its id goes into the JWT. */
export async function startSession(userId: string, userAgent: string, ip: string) {
  const row = await db.session.create({ data: { userId, userAgent: userAgent.slice(0, 512), ip: ip.slice(0, 64), lastSeenAt: now(), createdAt: now() } });
  return row.id;
}

/**
 * The user behind a token when its session is live, else null. Moves "last seen" when it
 * is older than LAST_SEEN_EVERY_MS (a conditional update: concurrent requests write once).
 */
export async function liveSession(c: SessionClaimsLike): Promise<SignedInUser | null> {
  const row = await db.session.findFirst({
    where: { id: c.sid, userId: c.uid, revokedAt: null, user: { deletedAt: null, sessionVersion: c.sv } },
    select: { lastSeenAt: true, user: { select: { id: true, loginId: true, displayName: true, locale: true } } },
  });
  if (!row) return null;
  const t = now();
  const stale = new Date(t.getTime() - LAST_SEEN_EVERY_MS);
  if (row.lastSeenAt < stale) await db.session.updateMany({ where: { id: c.sid, revokedAt: null, lastSeenAt: { lt: stale } }, data: { lastSeenAt: t } });
  const u = row.user;
  return { id: u.id, loginId: u.loginId ?? '', displayName: u.displayName, locale: u.locale, sessionId: c.sid };
}

/** My signed-in devices, the one asking first, then by last seen. */
export async function listSessions(me: SignedInUser): Promise<DeviceSessionDto[]> {
  const since = new Date(now().getTime() - SESSION_DAYS * 24 * 3600 * 1000);
  const rows = await db.session.findMany({
    where: { userId: me.id, revokedAt: null, lastSeenAt: { gte: since } },
    orderBy: { lastSeenAt: 'desc' },
    take: 100,
  });
  return rows
    .map((r) => ({
      id: r.id, ...describeDevice(r.userAgent), ip: r.ip,
      createdAt: r.createdAt.toISOString(), lastSeenAt: r.lastSeenAt.toISOString(), current: r.id === me.sessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Sign one of my devices out (this one included); someone else's or an ended one is 404. */
export async function revokeSession(me: SignedInUser, sessionId: string) {
  const { count } = await db.session.updateMany({ where: { id: sessionId, userId: me.id, revokedAt: null }, data: { revokedAt: now() } });
  if (count === 0) throw notFound();
  return { current: sessionId === me.sessionId };
}

/** Sign out every device but this one. */
export async function revokeOtherSessions(me: SignedInUser) {
  const { count } = await db.session.updateMany({ where: { userId: me.id, revokedAt: null, id: { not: me.sessionId } }, data: { revokedAt: now() } });
  return { revoked: count };
}

/** Logout: the token's own session ends on the server, whoever holds a copy. */
export async function endSession(c: Partial<SessionClaimsLike> | null | undefined) {
  if (typeof c?.sid !== 'string' || typeof c.uid !== 'string') return;
  await db.session.updateMany({ where: { id: c.sid, userId: c.uid, revokedAt: null }, data: { revokedAt: now() } });
}

/** For a password change or account deletion, in the same transaction as the version bump. */
export const revokeAllSessionsOp = (userId: string) =>
  db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now() } });

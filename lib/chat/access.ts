import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** A room member who has neither left nor been banned: the `where` every membership read uses. */
export const ACTIVE_MEMBER = { leftAt: null, bannedAt: null } as const;

/** The caller's active membership of a room; outsiders (and the banned) get 404. */
export async function getMembershipOrThrow(userId: string, roomId: string) {
  const m = await db.roomMember.findFirst({ where: { roomId, userId, ...ACTIVE_MEMBER }, include: { room: true } });
  if (!m) throw notFound();
  return m;
}

export async function isRoomMember(userId: string, roomId: string) {
  return !!(await db.roomMember.findFirst({ where: { roomId, userId, ...ACTIVE_MEMBER }, select: { userId: true } }));
}

export async function activeMemberIds(roomId: string) {
  const rows = await db.roomMember.findMany({ where: { roomId, ...ACTIVE_MEMBER }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

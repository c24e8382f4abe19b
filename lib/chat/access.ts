import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';

const active = { leftAt: null, bannedAt: null } as const;

/** The caller's active membership of a room; outsiders (and the banned) get 404. */
export async function getMembershipOrThrow(userId: string, roomId: string) {
  const m = await db.roomMember.findFirst({ where: { roomId, userId, ...active }, include: { room: true } });
  if (!m) throw notFound();
  return m;
}

export async function isRoomMember(userId: string, roomId: string) {
  return !!(await db.roomMember.findFirst({ where: { roomId, userId, ...active }, select: { userId: true } }));
}

export async function activeMemberIds(roomId: string) {
  const rows = await db.roomMember.findMany({ where: { roomId, ...active }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

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

// A room's kind, circle and topic never change after it is created: routes that branch
// on them (open rooms) read them from here without a query per request.
const refs = new Map<string, { id: string; kind: string; circleId: string | null; topic: string | null }>();

export async function roomRef(roomId: string) {
  const known = refs.get(roomId);
  if (known) return known;
  const room = await db.room.findUnique({ where: { id: roomId }, select: { id: true, kind: true, circleId: true, topic: true } });
  if (!room) return null;
  if (refs.size > 50_000) refs.clear();
  refs.set(roomId, room);
  return room;
}

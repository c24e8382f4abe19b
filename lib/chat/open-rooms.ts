// Open rooms (Room.kind OPEN) belong to something outside chat, named by their topic:
// "show:<id>" (a cake's room) or "post:<id>" (a group order's room). What a signed-in
// person who has not joined may do is a rule on the topic's prefix, in this one place.
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { isUniqueViolation } from '@/lib/sql';
import { disconnectUsers } from '@/lib/realtime/server';
import { publishToUsers } from './events';

const PUBLIC_PREFIXES = ['show:'] as const;

export const showTopic = (showId: string) => `show:${showId}`;

/**
 * May anyone signed in read this open room (history, its room channel) without joining?
 * Only cake rooms: a show's chat is public to every fan. Every other open room (a group
 * order's) is members-only, like a group room.
 */
export const isPublicTopic = (kind: string, topic: string | null) =>
  kind === 'OPEN' && !!topic && PUBLIC_PREFIXES.some((p) => topic.startsWith(p));

// A room's kind and topic never change: public rooms are remembered by id.
const publicRooms = new Set<string>();

/**
 * The room as the actor may read it: `member` when they are an active member, `reader`
 * when they are not but the room is public (never after a ban). 404 otherwise.
 */
export async function readAccess(actorId: string, roomId: string): Promise<'member' | 'reader' | null> {
  const m = await db.roomMember.findUnique({ where: { roomId_userId: { roomId, userId: actorId } }, select: { leftAt: true, bannedAt: true } });
  if (m?.bannedAt) return null;
  if (m && !m.leftAt) return 'member';
  if (publicRooms.has(roomId)) return 'reader';
  const room = await db.room.findUnique({ where: { id: roomId }, select: { kind: true, topic: true } });
  if (!room || !isPublicTopic(room.kind, room.topic)) return null;
  if (publicRooms.size > 50_000) publicRooms.clear();
  publicRooms.add(roomId);
  return 'reader';
}

export async function readAccessOrThrow(actorId: string, roomId: string) {
  const access = await readAccess(actorId, roomId);
  if (!access) throw notFound();
  return access;
}

/**
 * Join an open room (again). A public room's members see its whole history, as they
 * did before joining; a members-only room's see it from their joining on, like a group.
 * Joining twice changes nothing; a banned person is refused (404, as for any outsider).
 */
export async function joinOpenRoom(roomId: string, userId: string) {
  const room = await db.room.findUnique({ where: { id: roomId }, select: { kind: true, topic: true, lastSeq: true } });
  if (!room || room.kind !== 'OPEN') throw notFound();
  const m = await db.roomMember.findUnique({ where: { roomId_userId: { roomId, userId } }, select: { leftAt: true, bannedAt: true } });
  if (m?.bannedAt) throw notFound();
  if (m && !m.leftAt) return { roomId, joined: false };
  const fromSeq = isPublicTopic(room.kind, room.topic) ? 0 : room.lastSeq;
  const at = now();
  try {
    await db.roomMember.upsert({
      where: { roomId_userId: { roomId, userId } },
      create: { roomId, userId, fromSeq, lastReadSeq: room.lastSeq, joinedAt: at },
      update: { leftAt: null, fromSeq, lastReadSeq: room.lastSeq, joinedAt: at },
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err; // a concurrent join of the same person won
  }
  defer(publishToUsers([userId], 'rooms-changed', { roomId }));
  return { roomId, joined: true };
}

/**
 * Leave an open room. Nothing is published to the room (its members are not listed
 * live). Someone leaving a members-only room is disconnected first, like a group's
 * leaver; a public room stays readable, so its leaver keeps the channel.
 */
export async function leaveOpenRoom(roomId: string, userId: string) {
  const room = await db.room.findUnique({ where: { id: roomId }, select: { kind: true, topic: true } });
  if (!room || room.kind !== 'OPEN') throw notFound();
  const { count } = await db.roomMember.updateMany({ where: { roomId, userId, leftAt: null, bannedAt: null }, data: { leftAt: now() } });
  if (!count) throw notFound();
  if (!isPublicTopic(room.kind, room.topic)) await disconnectUsers([userId]);
  defer(publishToUsers([userId], 'rooms-changed', { roomId }));
  return { ok: true };
}

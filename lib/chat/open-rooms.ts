// Open rooms: reading without joining (by the topic rule in ./topics), joining,
// leaving, and 1:1 rooms started from a fellow member's name.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { isUniqueViolation } from '@/lib/sql';
import { publishToUsers } from '@/lib/realtime/server';
import { openDirectBetween } from './direct';
import { isPublicTopic } from './topics';

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
  return (await isPublicRoom(roomId)) ? 'reader' : null;
}

/** Is this a public open room (a cake's)? Remembered once known. */
export async function isPublicRoom(roomId: string) {
  if (publicRooms.has(roomId)) return true;
  const room = await db.room.findUnique({ where: { id: roomId }, select: { kind: true, topic: true } });
  if (!room || !isPublicTopic(room.kind, room.topic)) return false;
  if (publicRooms.size > 50_000) publicRooms.clear();
  publicRooms.add(roomId);
  return true;
}

export async function readAccessOrThrow(actorId: string, roomId: string) {
  const access = await readAccess(actorId, roomId);
  if (!access) throw notFound();
  return access;
}

/**
 * Join a public open room (a cake's) again or for the first time. Its members see its
 * whole history, as they did before joining. Joining twice changes nothing; a banned
 * person is refused (404, as for any outsider). Group-order rooms have their own rules
 * (lib/posts).
 */
export async function joinOpenRoom(roomId: string, userId: string) {
  const room = await db.room.findUnique({ where: { id: roomId }, select: { kind: true, topic: true, lastSeq: true } });
  if (!room || !isPublicTopic(room.kind, room.topic)) throw notFound();
  const m = await db.roomMember.findUnique({ where: { roomId_userId: { roomId, userId } }, select: { leftAt: true, bannedAt: true } });
  if (m?.bannedAt) throw notFound();
  if (m && !m.leftAt) return { roomId, joined: false };
  const at = now();
  try {
    await db.roomMember.upsert({
      where: { roomId_userId: { roomId, userId } },
      create: { roomId, userId, fromSeq: 0, lastReadSeq: room.lastSeq, joinedAt: at },
      update: { leftAt: null, fromSeq: 0, lastReadSeq: room.lastSeq, joinedAt: at },
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err; // a concurrent join of the same person won
  }
  // Nothing to the room (its members are not listed live): only my own chat list.
  defer(publishToUsers([userId], 'rooms-changed', { roomId }));
  return { roomId, joined: true };
}

/**
 * Leave a public open room. It stays readable, so the leaver keeps its channel (no
 * disconnect) and nothing is published to the room. Group-order rooms are left through
 * their post (403 here, as before).
 */
export async function leaveOpenRoom(roomId: string, userId: string) {
  const room = await db.room.findUnique({ where: { id: roomId }, select: { kind: true, topic: true } });
  if (!room) throw notFound();
  if (!isPublicTopic(room.kind, room.topic)) throw new AppError('forbidden', 'errors.notAGroup');
  const { count } = await db.roomMember.updateMany({ where: { roomId, userId, leftAt: null, bannedAt: null }, data: { leftAt: now() } });
  if (!count) throw notFound();
  defer(publishToUsers([userId], 'rooms-changed', { roomId }));
  return { ok: true };
}

/**
 * Start (or reopen) a 1:1 room with a fellow member of an open room: both must be
 * active members of it (a reader who has not joined cannot), and neither may block the other.
 */
export async function openDirectFromRoom(actorId: string, roomId: string, userId: string) {
  const members = await db.roomMember.findMany({
    where: { roomId, userId: { in: [actorId, userId] }, leftAt: null, bannedAt: null, room: { kind: 'OPEN' } },
    select: { userId: true },
  });
  if (!members.some((m) => m.userId === actorId)) {
    if ((await readAccess(actorId, roomId)) === 'reader') throw new AppError('forbidden', 'cakes.errors.joinFirst');
    throw notFound();
  }
  if (userId === actorId) throw new AppError('validation_failed', 'cakes.errors.directSelf');
  if (!members.some((m) => m.userId === userId)) throw new AppError('validation_failed', 'cakes.errors.notInRoom');
  return openDirectBetween(actorId, userId);
}

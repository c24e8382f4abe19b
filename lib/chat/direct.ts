// 1:1 rooms: one DIRECT room per pair, found or made on demand. Who may open one with
// whom is the caller's rule (friends, fellow members of an open room); blocks apply to all.
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/sql';
import { addMember, directKeyOf } from './room-tx';
import { publishRoomChanged } from './events';
import { assertNotBlocked } from './blocks';

/**
 * Get or create the DIRECT room of two people. Idempotent under concurrency: the
 * room's unique directKey lets only one creation win; the others read it back.
 * Either person who had left the room is brought back, so messages reach both.
 */
export async function openDirectBetween(actorId: string, otherId: string): Promise<{ roomId: string }> {
  await assertNotBlocked(actorId, otherId);
  const directKey = directKeyOf(actorId, otherId);
  const pair = [actorId, otherId];

  let room = await db.room.findUnique({ where: { directKey }, select: { id: true } });
  if (!room) {
    try {
      room = await db.$transaction(async (tx) => {
        const created = await tx.room.create({ data: { kind: 'DIRECT', directKey, createdById: actorId }, select: { id: true } });
        for (const userId of pair) await addMember(tx, created.id, userId);
        return created;
      });
      await publishRoomChanged(room.id, pair);
      return { roomId: room.id };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      room = await db.room.findUniqueOrThrow({ where: { directKey }, select: { id: true } });
    }
  }

  const roomId = room.id;
  const present = await db.roomMember.findMany({ where: { roomId, userId: { in: pair }, leftAt: null }, select: { userId: true } });
  const missing = pair.filter((id) => !present.some((m) => m.userId === id));
  if (missing.length > 0) {
    // Only those who left: addMember marks everything read, which would clear a present member's unread count.
    await db.$transaction(async (tx) => {
      for (const userId of missing) await addMember(tx, roomId, userId);
    });
    await publishRoomChanged(roomId, missing);
  }
  return { roomId };
}

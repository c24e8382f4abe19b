// 1:1 rooms between friends: one DIRECT room per pair, found or made on demand.
import { db } from '@/lib/db';
import { addMember, directKeyOf } from '@/lib/chat/room-tx';
import { publishRoomChanged } from '@/lib/chat/events';
import { assertFriendOrThrow } from './service';
import { isUniqueViolation } from '@/lib/sql';


/**
 * Get or create the DIRECT room with a friend. Idempotent under concurrency: the
 * room's unique directKey lets only one creation win; the others read it back.
 * Either person who had left the room is brought back, so messages reach both.
 */
export async function openDirectRoom(actorId: string, friendId: string): Promise<{ roomId: string }> {
  await assertFriendOrThrow(actorId, friendId);
  const directKey = directKeyOf(actorId, friendId);
  const pair = [actorId, friendId];

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

// Room writes that run inside a caller's transaction: numbering a message, system lines,
// adding/removing members, circle rooms. Shared by circles, friends, groups and open rooms.
// Functions taking `tx` run inside the caller's transaction; callers publish after commit.
import type { Tx } from '@/lib/db';
import { now } from '@/lib/clock';
import type { Prisma } from '@/lib/generated/prisma/client';
import { messageInclude, type MessageRow } from './dto';

/** Number the next message of a room and store it (the room row lock orders sends). */
export async function appendMessage(
  tx: Tx,
  roomId: string,
  data: Omit<Prisma.MessageUncheckedCreateInput, 'roomId' | 'seq'>,
): Promise<MessageRow> {
  const room = await tx.room.update({
    where: { id: roomId },
    data: { lastSeq: { increment: 1 }, lastMessageAt: now() },
    select: { lastSeq: true },
  });
  return tx.message.create({ data: { ...data, roomId, seq: room.lastSeq, createdAt: now() }, include: messageInclude });
}

export function systemMessage(tx: Tx, roomId: string, key: string, args: Record<string, string>) {
  return appendMessage(tx, roomId, { kind: 'SYSTEM', systemKey: key, systemArgs: args });
}

/**
 * Add (or re-activate) a member. Members who join a GROUP or OPEN room later see
 * messages from their joining on; circle rooms show their whole history.
 */
export async function addMember(tx: Tx, roomId: string, userId: string) {
  const room = await tx.room.findUniqueOrThrow({ where: { id: roomId }, select: { lastSeq: true, kind: true } });
  const fromSeq = room.kind === 'GROUP' || room.kind === 'OPEN' ? room.lastSeq : 0;
  await tx.roomMember.upsert({
    where: { roomId_userId: { roomId, userId } },
    create: { roomId, userId, fromSeq, lastReadSeq: room.lastSeq },
    update: { leftAt: null, fromSeq, lastReadSeq: room.lastSeq, joinedAt: now() },
  });
}

export async function removeMember(tx: Tx, roomId: string, userId: string) {
  await tx.roomMember.updateMany({ where: { roomId, userId, leftAt: null }, data: { leftAt: now() } });
}

/** A circle's own room, created with the circle; every circle member is in it. */
export async function createCircleRoom(tx: Tx, circleId: string, userIds: string[]) {
  const room = await tx.room.create({ data: { kind: 'CIRCLE', circleId } });
  for (const userId of userIds) await addMember(tx, room.id, userId);
  return room;
}

export const directKeyOf = (a: string, b: string) => [a, b].sort().join(':');

// Group rooms: create among friends, rename, invite, leave. Each change leaves a system line.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getMembershipOrThrow, activeMemberIds } from './access';
import { toMessageDto } from './dto';
import { publishMessage, publishRoomChanged } from './events';
import { addMember, removeMember, systemMessage } from './room-tx';
import { defer } from '@/lib/defer';
import { disconnectUsers } from '@/lib/realtime/server';

/** Group members must be the creator's friends. */
async function assertFriends(actorId: string, userIds: string[]) {
  const unique = [...new Set(userIds)].filter((id) => id !== actorId);
  const friends = await db.friendship.findMany({
    where: { ownerId: actorId, friendId: { in: unique }, friend: { deletedAt: null } },
    select: { friendId: true, friend: { select: { displayName: true } } },
  });
  if (friends.length !== unique.length || unique.length === 0) throw new AppError('validation_failed', 'validation.friendsOnly');
  return friends;
}

export async function publishSystem(rows: Awaited<ReturnType<typeof systemMessage>>[], roomId: string, alsoNotify: string[] = []) {
  const memberIds = await activeMemberIds(roomId);
  for (const row of rows) await publishMessage(toMessageDto(row), memberIds);
  await publishRoomChanged(roomId, [...new Set([...memberIds, ...alsoNotify])]);
}

export async function createGroup(actorId: string, actorName: string, name: string, memberIds: string[]) {
  const friends = await assertFriends(actorId, memberIds);
  const { room, row } = await db.$transaction(async (tx) => {
    const room = await tx.room.create({ data: { kind: 'GROUP', name, createdById: actorId } });
    await addMember(tx, room.id, actorId);
    for (const f of friends) await addMember(tx, room.id, f.friendId);
    const row = await systemMessage(tx, room.id, 'invited', { actor: actorName, names: friends.map((f) => f.friend.displayName).join(', ') });
    return { room, row };
  });
  defer(publishSystem([row], room.id));
  return { roomId: room.id };
}

/** The caller's membership of a group room (404 to outsiders, 403 for other kinds of room). */
export async function requireGroup(actorId: string, roomId: string, kinds: string[] = ['GROUP']) {
  const m = await getMembershipOrThrow(actorId, roomId);
  if (!kinds.includes(m.room.kind)) throw new AppError('forbidden', 'errors.notAGroup');
  return m;
}

export async function renameGroup(actorId: string, actorName: string, roomId: string, name: string) {
  await requireGroup(actorId, roomId);
  const row = await db.$transaction(async (tx) => {
    await tx.room.update({ where: { id: roomId }, data: { name } });
    return systemMessage(tx, roomId, 'renamed', { actor: actorName, name });
  });
  defer(publishSystem([row], roomId));
  return { ok: true };
}

export async function inviteToGroup(actorId: string, actorName: string, roomId: string, userIds: string[]) {
  await requireGroup(actorId, roomId);
  const current = new Set(await activeMemberIds(roomId));
  const friends = await assertFriends(actorId, userIds.filter((id) => !current.has(id)));
  const row = await db.$transaction(async (tx) => {
    for (const f of friends) await addMember(tx, roomId, f.friendId);
    return systemMessage(tx, roomId, 'invited', { actor: actorName, names: friends.map((f) => f.friend.displayName).join(', ') });
  });
  defer(publishSystem([row], roomId));
  return { ok: true };
}

/**
 * Leave a group, or a 1:1 room (the other person sees the line; opening the room again
 * brings the leaver back, unless they blocked the opener: lib/chat/direct.ts).
 */
export async function leaveGroup(actorId: string, actorName: string, roomId: string) {
  await requireGroup(actorId, roomId, ['GROUP', 'DIRECT']);
  const row = await db.$transaction(async (tx) => {
    await removeMember(tx, roomId, actorId);
    return systemMessage(tx, roomId, 'left', { name: actorName });
  });
  // Before the room hears of it and before we answer: not one later event reaches the leaver.
  await disconnectUsers([actorId]);
  defer(publishSystem([row], roomId, [actorId]));
  return { ok: true };
}

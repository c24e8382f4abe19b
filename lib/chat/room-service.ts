// Rooms: the chat list with unread counts, room details, group rooms, mute, search.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getMembershipOrThrow, activeMemberIds } from './access';
import { messageInclude, toMessageDto, toUserBrief, userBriefSelect } from './dto';
import { previewOf, publishMessage, publishRoomChanged } from './events';
import { addMember, removeMember, systemMessage } from './rooms';
import { defer } from '@/lib/defer';
import { disconnectUsers } from '@/lib/realtime/server';
import type { MessageDto, RoomDetailDto, RoomSummaryDto } from './schemas';

const active = { leftAt: null, bannedAt: null } as const;

const roomInclude = {
  circle: { select: { name: true, kind: true } },
  members: { where: active, select: { userId: true, lastReadSeq: true, user: { select: userBriefSelect } } },
} satisfies Prisma.RoomInclude;
type RoomRow = Prisma.RoomGetPayload<{ include: typeof roomInclude }>;

function roomName(room: RoomRow, actorId: string) {
  if (room.kind === 'CIRCLE') return room.circle?.name ?? '';
  if (room.kind === 'DIRECT') {
    const other = room.members.find((m) => m.userId !== actorId);
    return other ? toUserBrief(other.user).displayName : '';
  }
  if (room.name) return room.name;
  return room.members.filter((m) => m.userId !== actorId).map((m) => m.user.displayName).join(', ');
}

function summarize(room: RoomRow, me: { lastReadSeq: number; muted: boolean }, actorId: string, last: MessageDto | undefined): RoomSummaryDto {
  return {
    id: room.id,
    kind: room.kind,
    name: roomName(room, actorId),
    circleKind: room.circle?.kind ?? null,
    circleId: room.circleId,
    memberCount: room.members.length,
    lastSeq: room.lastSeq,
    lastReadSeq: me.lastReadSeq,
    unread: Math.max(0, room.lastSeq - me.lastReadSeq),
    muted: me.muted,
    lastMessage: last ? { preview: previewOf(last), kind: last.kind, at: last.createdAt, senderName: last.sender?.displayName ?? null } : null,
    avatars: room.members.filter((m) => m.userId !== actorId).slice(0, 4).map((m) => toUserBrief(m.user).avatarUrl),
  };
}

/** Every room of the user, newest activity first, with unread counts. */
export async function listRooms(actorId: string) {
  const memberships = await db.roomMember.findMany({ where: { userId: actorId, ...active }, include: { room: { include: roomInclude } } });
  const withMessages = memberships.filter((m) => m.room.lastSeq > 0);
  const lasts = withMessages.length
    ? await db.message.findMany({
        where: { OR: withMessages.map((m) => ({ roomId: m.roomId, seq: m.room.lastSeq })) },
        include: messageInclude,
      })
    : [];
  const lastByRoom = new Map(lasts.map((m) => [m.roomId, toMessageDto(m)]));
  const rooms = memberships
    .map((m) => summarize(m.room, m, actorId, lastByRoom.get(m.roomId)))
    .sort((a, b) => (b.lastMessage?.at ?? '').localeCompare(a.lastMessage?.at ?? ''));
  return { rooms, totalUnread: rooms.reduce((n, r) => n + r.unread, 0) };
}

export async function getRoom(actorId: string, roomId: string): Promise<RoomDetailDto> {
  const me = await getMembershipOrThrow(actorId, roomId);
  const room = await db.room.findUniqueOrThrow({ where: { id: roomId }, include: roomInclude });
  const last = room.lastSeq ? await db.message.findUnique({ where: { roomId_seq: { roomId, seq: room.lastSeq } }, include: messageInclude }) : null;
  return {
    ...summarize(room, me, actorId, last ? toMessageDto(last) : undefined),
    members: room.members.map((m) => ({ ...toUserBrief(m.user), lastReadSeq: m.lastReadSeq })),
    canManage: room.kind === 'GROUP',
  };
}

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

async function publishSystem(rows: Awaited<ReturnType<typeof systemMessage>>[], roomId: string, alsoNotify: string[] = []) {
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

async function requireGroup(actorId: string, roomId: string) {
  const m = await getMembershipOrThrow(actorId, roomId);
  if (m.room.kind !== 'GROUP') throw new AppError('forbidden', 'errors.notAGroup');
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

export async function leaveGroup(actorId: string, actorName: string, roomId: string) {
  await requireGroup(actorId, roomId);
  const row = await db.$transaction(async (tx) => {
    await removeMember(tx, roomId, actorId);
    return systemMessage(tx, roomId, 'left', { name: actorName });
  });
  // Before the room hears of it and before we answer: not one later event reaches the leaver.
  await disconnectUsers([actorId]);
  defer(publishSystem([row], roomId, [actorId]));
  return { ok: true };
}

export async function setMuted(actorId: string, roomId: string, muted: boolean) {
  await getMembershipOrThrow(actorId, roomId);
  await db.roomMember.update({ where: { roomId_userId: { roomId, userId: actorId } }, data: { muted } });
  return { muted };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Search my rooms by word (substring, Korean included) and/or by day (Korea time). */
export async function searchMessages(actorId: string, q: { q?: string; date?: string; roomId?: string; limit: number }) {
  if (!q.q && !q.date) throw new AppError('validation_failed', 'validation.searchEmpty');
  const memberships = await db.roomMember.findMany({
    where: { userId: actorId, ...active, ...(q.roomId ? { roomId: q.roomId } : {}) },
    select: { roomId: true, fromSeq: true },
  });
  if (memberships.length === 0) return { results: [] };
  const day = q.date ? new Date(`${q.date}T00:00:00+09:00`) : null;
  const rows = await db.message.findMany({
    where: {
      OR: memberships.map((m) => ({ roomId: m.roomId, seq: { gt: m.fromSeq } })),
      deletedAt: null,
      kind: { not: 'SYSTEM' },
      ...(q.q ? { body: { contains: escapeLike(q.q), mode: 'insensitive' as const } } : {}),
      ...(day ? { createdAt: { gte: day, lt: new Date(day.getTime() + 86_400_000) } } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: q.limit,
    include: messageInclude,
  });
  return { results: rows.map(toMessageDto) };
}

export async function getUserBrief(userId: string) {
  return toUserBrief(await db.user.findUniqueOrThrow({ where: { id: userId }, select: userBriefSelect }));
}

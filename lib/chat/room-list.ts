// The chat list (one line per room, unread counts) and a room's details; per-member mute.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getMembershipOrThrow } from './access';
import { messageInclude, toMessageDto, toUserBrief, userBriefSelect } from './dto';
import { previewOf } from './events';
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

export async function setMuted(actorId: string, roomId: string, muted: boolean) {
  await getMembershipOrThrow(actorId, roomId);
  await db.roomMember.update({ where: { roomId_userId: { roomId, userId: actorId } }, data: { muted } });
  return { muted };
}

export async function getUserBrief(userId: string) {
  return toUserBrief(await db.user.findUniqueOrThrow({ where: { id: userId }, select: userBriefSelect }));
}

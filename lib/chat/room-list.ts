// The chat list (one line per room, unread counts) and a room's details; per-member mute.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getMembershipOrThrow, roomRef } from './access';
import { readAccessOrThrow } from './open-rooms';
import { messageInclude, toMessageDto, toUserBrief, userBriefSelect } from './dto';
import { previewOf } from './preview';
import type { MessageDto, RoomDetailDto, RoomSummaryDto } from './schemas';

const active = { leftAt: null, bannedAt: null } as const;

const roomInclude = {
  circle: { select: { name: true, kind: true } },
  members: { where: active, select: { userId: true, lastReadSeq: true, user: { select: userBriefSelect } } },
} satisfies Prisma.RoomInclude;
type RoomRow = Prisma.RoomGetPayload<{ include: typeof roomInclude }>;

// An open room may have thousands of members: its line and details load none of them
// (no read counters there), only how many there are.
const openInclude = { ...roomInclude, members: { ...roomInclude.members, take: 0 }, _count: { select: { members: { where: active } } } } satisfies Prisma.RoomInclude;
const memberCountOf = (room: RoomRow & { _count?: { members: number } }) => room._count?.members ?? room.members.length;

function roomName(room: RoomRow, actorId: string) {
  if (room.kind === 'CIRCLE') return room.circle?.name ?? '';
  if (room.kind === 'DIRECT') {
    const other = room.members.find((m) => m.userId !== actorId);
    return other ? toUserBrief(other.user).displayName : '';
  }
  if (room.name) return room.name;
  return room.members.filter((m) => m.userId !== actorId).map((m) => m.user.displayName).join(', ');
}

function summarize(room: RoomRow & { _count?: { members: number } }, me: { lastReadSeq: number; muted: boolean }, actorId: string, last: MessageDto | undefined): RoomSummaryDto {
  const unread = Math.max(0, room.lastSeq - me.lastReadSeq);
  return {
    id: room.id,
    kind: room.kind,
    name: roomName(room, actorId),
    circleKind: room.circle?.kind ?? null,
    circleId: room.circleId,
    memberCount: memberCountOf(room),
    lastSeq: room.lastSeq,
    lastReadSeq: me.lastReadSeq,
    unread,
    muted: me.muted,
    // A muted open room keeps its count on its own line, out of the tab's total.
    quiet: room.kind === 'OPEN' && me.muted,
    lastMessage: last ? { preview: previewOf(last), kind: last.kind, at: last.createdAt, senderName: last.sender?.displayName ?? null } : null,
    avatars: room.members.filter((m) => m.userId !== actorId).slice(0, 4).map((m) => toUserBrief(m.user).avatarUrl),
  };
}

/** Every room of the user, newest activity first, with unread counts. */
export async function listRooms(actorId: string) {
  const [closed, open] = await Promise.all([
    db.roomMember.findMany({ where: { userId: actorId, ...active, room: { kind: { not: 'OPEN' } } }, include: { room: { include: roomInclude } } }),
    db.roomMember.findMany({ where: { userId: actorId, ...active, room: { kind: 'OPEN' } }, include: { room: { include: openInclude } } }),
  ]);
  const memberships = [...closed, ...open];
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
  return { rooms, totalUnread: rooms.reduce((n, r) => n + (r.quiet ? 0 : r.unread), 0) };
}

/** A room's details for a member, or for someone reading a public open room (`joined: false`). */
export async function getRoom(actorId: string, roomId: string): Promise<RoomDetailDto> {
  const access = await readAccessOrThrow(actorId, roomId);
  const kind = (await roomRef(roomId))?.kind;
  const room = await db.room.findUniqueOrThrow({ where: { id: roomId }, include: kind === 'OPEN' ? openInclude : roomInclude });
  const me = access === 'member'
    ? await db.roomMember.findUniqueOrThrow({ where: { roomId_userId: { roomId, userId: actorId } }, select: { lastReadSeq: true, muted: true } })
    : { lastReadSeq: room.lastSeq, muted: false };
  const last = room.lastSeq ? await db.message.findUnique({ where: { roomId_seq: { roomId, seq: room.lastSeq } }, include: messageInclude }) : null;
  return {
    ...summarize(room, me, actorId, last ? toMessageDto(last) : undefined),
    members: room.members.map((m) => ({ ...toUserBrief(m.user), lastReadSeq: m.lastReadSeq })),
    canManage: room.kind === 'GROUP',
    joined: access === 'member',
    topic: room.topic,
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

// The chat list (one line per room, unread counts) and a room's details; per-member mute.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ACTIVE_MEMBER, getMembershipOrThrow } from './access';
import { messageInclude, toMessageDto } from './dto';
import { isPublicRoom, readAccessOrThrow } from './open-rooms';
import { previewOf } from './preview';
import { roomImageUrl } from './room-image';
import { isPublicTopic } from './topics';
import type { MessageDto, RoomDetailDto, RoomSummaryDto } from './schemas';
import { queryRows } from '@/lib/sql';
import { now } from '@/lib/clock';
import { unauthorized } from '@/lib/errors';
import type { SessionClaims } from '@/lib/auth/token';
import { listLast, listStatement, type ListRow } from './room-list-query';
import { type UserBrief, toUserBrief, userBriefSelect } from '@/lib/users/brief';

const roomInclude = { circle: { select: { name: true, kind: true } } } satisfies Prisma.RoomInclude;
/** What a line needs of a room (a Prisma row or the list statement's). */
type RoomRow = Pick<Prisma.RoomGetPayload<object>, 'id' | 'kind' | 'name' | 'circleId' | 'imageKey' | 'lastSeq' | 'topic'> & {
  circle: { name: string; kind: 'FAMILY' | 'COUPLE' } | null;
};

/** What a list line shows of a room's people: how many, and the first few others. */
interface Crowd {
  memberCount: number;
  /** Up to AVATARS active members other than me (a room may hold thousands). */
  others: UserBrief[];
}

const AVATARS = 4;

function roomName(room: RoomRow, others: UserBrief[]) {
  if (room.kind === 'CIRCLE') return room.circle?.name ?? '';
  if (room.kind === 'DIRECT') return others[0]?.displayName ?? '';
  if (room.name) return room.name;
  return others.map((u) => u.displayName).join(', ');
}

function summarize(room: RoomRow, crowd: Crowd, me: { lastReadSeq: number; muted: boolean }, last: ListLast | null): RoomSummaryDto {
  return {
    id: room.id,
    kind: room.kind,
    name: roomName(room, crowd.others),
    circleKind: room.circle?.kind ?? null,
    circleId: room.circleId,
    memberCount: crowd.memberCount,
    lastSeq: room.lastSeq,
    lastReadSeq: me.lastReadSeq,
    unread: Math.max(0, room.lastSeq - me.lastReadSeq),
    muted: me.muted,
    // A muted cake room (it sends no pushes) keeps its count on its own line, out of the tab's total.
    quiet: isPublicTopic(room.kind, room.topic) && me.muted,
    lastMessage: last,
    avatars: crowd.others.slice(0, AVATARS).map((u) => u.avatarUrl),
    imageUrl: room.kind === 'GROUP' ? roomImageUrl(room.id, room.imageKey) : null,
  };
}

type ListLast = RoomSummaryDto['lastMessage'];
// toUserBrief only asks whether an account is gone, not since when.
const GONE = new Date(0);
const lastOf = (m: MessageDto | undefined): ListLast =>
  m ? { preview: previewOf(m), kind: m.kind, at: m.createdAt, senderName: m.sender?.displayName ?? null } : null;

/** Every room of the user, newest activity first, with unread counts (one statement: room-list-query.ts). */
export async function listRooms(session: SessionClaims) {
  const rows = await queryRows<ListRow>(listStatement, [session.uid, session.sv, session.sid, now().toISOString()]);
  if (!rows[0]?.userOk) throw unauthorized();
  const rooms = rows.filter((r) => r.id !== null).map((r) => {
    const others = r.others.map(([id, displayName, avatarKey, deleted]) => toUserBrief({ id, displayName, avatarKey, deletedAt: deleted ? GONE : null }));
    const room = { id: r.id, kind: r.kind, name: r.name, circleId: r.circleId, imageKey: r.imageKey, lastSeq: r.lastSeq, topic: r.topic, circle: r.circleKind ? { name: r.circleName ?? '', kind: r.circleKind } : null };
    return summarize(room, { memberCount: r.memberCount, others }, r, listLast(r));
  });
  return { rooms, totalUnread: rooms.reduce((n, r) => n + (r.quiet ? 0 : r.unread), 0) };
}

/**
 * One room with every active member and their read position (the view's read receipts
 * need them all); a cake's room with none of them (thousands, and no read counters
 * there), only their number. Someone reading a cake's room without having joined it
 * gets it too, with `joined: false`.
 */
export async function getRoom(actorId: string, roomId: string): Promise<RoomDetailDto> {
  const access = await readAccessOrThrow(actorId, roomId);
  const open = access === 'reader' || (await isPublicRoom(roomId));
  const room = await db.room.findUniqueOrThrow({
    where: { id: roomId },
    include: { ...roomInclude, members: { where: ACTIVE_MEMBER, orderBy: { userId: 'asc' }, take: open ? 0 : undefined, select: { lastReadSeq: true, user: { select: userBriefSelect } } } },
  });
  const me = access === 'member'
    ? await db.roomMember.findUniqueOrThrow({ where: { roomId_userId: { roomId, userId: actorId } }, select: { lastReadSeq: true, muted: true } })
    : { lastReadSeq: room.lastSeq, muted: false };
  const last = room.lastSeq ? await db.message.findUnique({ where: { roomId_seq: { roomId, seq: room.lastSeq } }, include: messageInclude }) : null;
  const members = room.members.map((m) => ({ ...toUserBrief(m.user), lastReadSeq: m.lastReadSeq }));
  const memberCount = open ? await db.roomMember.count({ where: { roomId, ...ACTIVE_MEMBER } }) : members.length;
  return {
    ...summarize(room, { memberCount, others: members.filter((m) => m.id !== actorId) }, me, lastOf(last ? toMessageDto(last) : undefined)),
    members,
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

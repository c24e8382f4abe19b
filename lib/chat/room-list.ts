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
import { queryRows, statement } from '@/lib/sql';
import { type UserBrief, toUserBrief, userBriefSelect } from '@/lib/users/brief';

const roomInclude = { circle: { select: { name: true, kind: true } } } satisfies Prisma.RoomInclude;
type RoomRow = Prisma.RoomGetPayload<{ include: typeof roomInclude }>;

/** What a list line shows of a room's people: how many, and the first few others. */
interface Crowd {
  memberCount: number;
  /** Up to AVATARS active members other than me (a room may hold thousands). */
  others: UserBrief[];
}

const AVATARS = 4;

// One statement for all my rooms: the active member count, and at most four other
// members per room (the primary key's order: a bounded index walk, never the whole room).
const crowdStatement = statement(
  'room_list_crowds',
  `SELECT r.id AS "roomId",
     (SELECT count(*)::int FROM "RoomMember" c WHERE c."roomId" = r.id AND c."leftAt" IS NULL AND c."bannedAt" IS NULL) AS "memberCount",
     COALESCE((
       SELECT json_agg(json_build_object('id', u.id, 'displayName', u."displayName", 'avatarKey', u."avatarKey", 'deletedAt', u."deletedAt") ORDER BY u.id)
       FROM (SELECT m."userId" FROM "RoomMember" m
             WHERE m."roomId" = r.id AND m."leftAt" IS NULL AND m."bannedAt" IS NULL AND m."userId" <> $2
             ORDER BY m."userId" LIMIT ${AVATARS}) o
       JOIN "User" u ON u.id = o."userId"
     ), '[]'::json) AS others
   FROM unnest($1::text[]) AS r(id)`,
);

type CrowdRow = { roomId: string; memberCount: number; others: { id: string; displayName: string; avatarKey: string | null; deletedAt: string | null }[] };

async function crowds(roomIds: string[], actorId: string) {
  const rows = roomIds.length ? await queryRows<CrowdRow>(crowdStatement, [roomIds, actorId]) : [];
  return new Map<string, Crowd>(
    rows.map((r) => [r.roomId, { memberCount: r.memberCount, others: r.others.map((u) => toUserBrief({ ...u, deletedAt: u.deletedAt ? new Date(u.deletedAt) : null })) }]),
  );
}

function roomName(room: RoomRow, others: UserBrief[]) {
  if (room.kind === 'CIRCLE') return room.circle?.name ?? '';
  if (room.kind === 'DIRECT') return others[0]?.displayName ?? '';
  if (room.name) return room.name;
  return others.map((u) => u.displayName).join(', ');
}

function summarize(room: RoomRow, crowd: Crowd, me: { lastReadSeq: number; muted: boolean }, last: MessageDto | undefined): RoomSummaryDto {
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
    lastMessage: last ? { preview: previewOf(last), kind: last.kind, at: last.createdAt, senderName: last.sender?.displayName ?? null } : null,
    avatars: crowd.others.slice(0, AVATARS).map((u) => u.avatarUrl),
    imageUrl: room.kind === 'GROUP' ? roomImageUrl(room.id, room.imageKey) : null,
  };
}

/** Every room of the user, newest activity first, with unread counts. */
export async function listRooms(actorId: string) {
  const memberships = await db.roomMember.findMany({ where: { userId: actorId, ...ACTIVE_MEMBER }, include: { room: { include: roomInclude } } });
  const withMessages = memberships.filter((m) => m.room.lastSeq > 0);
  const [lasts, crowdOf] = await Promise.all([
    withMessages.length
      ? db.message.findMany({ where: { OR: withMessages.map((m) => ({ roomId: m.roomId, seq: m.room.lastSeq })) }, include: messageInclude })
      : [],
    crowds(memberships.map((m) => m.roomId), actorId),
  ]);
  const lastByRoom = new Map(lasts.map((m) => [m.roomId, toMessageDto(m)]));
  const rooms = memberships
    .map((m) => summarize(m.room, crowdOf.get(m.roomId) ?? { memberCount: 0, others: [] }, m, lastByRoom.get(m.roomId)))
    .sort((a, b) => (b.lastMessage?.at ?? '').localeCompare(a.lastMessage?.at ?? ''));
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
    ...summarize(room, { memberCount, others: members.filter((m) => m.id !== actorId) }, me, last ? toMessageDto(last) : undefined),
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

// 채팅방 서랍: a room's photos and videos, files and links, newest first, paged by seq.
// Members only, from where their history starts (a group's later joiner sees what they
// see in the timeline); deleted messages and messages I reported drop out.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { toUserBrief } from '@/lib/users/brief';
import { getMembershipOrThrow } from './access';
import { messageInclude, toMessageDto, type MessageRow } from './dto';
import type { DrawerItemDto, DrawerPageDto, DrawerQuery } from './drawer-schemas';
import { extractLinks } from './links';

/**
 * How many seqs one links page reads at most. Links live in text messages, the bulk of a
 * room: each page walks one window of the (roomId, seq) index and no further, so a long
 * room without links costs a few bounded pages rather than one scan of its history.
 */
export const LINK_WINDOW = 2000;

const ATTACHMENT_KINDS = { media: ['IMAGE', 'VIDEO'], files: ['FILE'] } as const;

/** Messages of an open room the reader reported are withheld from them everywhere. */
async function reportedByMe(actorId: string, roomKind: string, rows: { id: string }[]) {
  if (roomKind !== 'OPEN' || rows.length === 0) return new Set<string>();
  const reports = await db.report.findMany({
    where: { reporterId: actorId, target: 'MESSAGE', targetId: { in: rows.map((r) => r.id) } },
    select: { targetId: true },
  });
  return new Set(reports.map((r) => r.targetId));
}

function attachmentItem(m: MessageRow): DrawerItemDto {
  const dto = toMessageDto(m);
  return { messageId: m.id, seq: m.seq, createdAt: dto.createdAt, sender: dto.sender, kind: m.kind as DrawerItemDto['kind'], attachment: dto.attachment, link: null };
}

export async function listDrawer(actorId: string, roomId: string, q: DrawerQuery): Promise<DrawerPageDto> {
  const member = await getMembershipOrThrow(actorId, roomId);
  const seq = { gt: member.fromSeq, ...(q.cursor ? { lt: q.cursor } : {}) };
  if (q.kind === 'links') return listLinks(actorId, member, q);
  const rows = await db.message.findMany({
    where: { roomId, seq, deletedAt: null, uploadId: { not: null }, kind: { in: [...ATTACHMENT_KINDS[q.kind]] } },
    orderBy: { seq: 'desc' },
    take: q.limit + 1,
    include: messageInclude,
  });
  const page = rows.slice(0, q.limit);
  const hidden = await reportedByMe(actorId, member.room.kind, page);
  return {
    items: page.filter((m) => !hidden.has(m.id)).map(attachmentItem),
    nextCursor: rows.length > q.limit ? page[page.length - 1].seq : null,
  };
}

type Member = Awaited<ReturnType<typeof getMembershipOrThrow>>;

async function listLinks(actorId: string, member: Member, q: DrawerQuery): Promise<DrawerPageDto> {
  const top = Math.min(q.cursor ?? Number.MAX_SAFE_INTEGER, member.room.lastSeq + 1);
  const low = Math.max(member.fromSeq, top - 1 - LINK_WINDOW);
  const where: Prisma.MessageWhereInput = {
    roomId: member.roomId,
    seq: { gt: low, lt: top },
    kind: 'TEXT',
    deletedAt: null,
    body: { contains: '://' },
  };
  const rows = await db.message.findMany({
    where,
    orderBy: { seq: 'desc' },
    take: q.limit + 1,
    select: { id: true, seq: true, body: true, createdAt: true, sender: { select: { id: true, displayName: true, avatarKey: true, deletedAt: true } } },
  });
  const hidden = await reportedByMe(actorId, member.room.kind, rows);
  const items: DrawerItemDto[] = [];
  for (const [i, m] of rows.entries()) {
    // A full page: the next one starts at this message (its links are all on one page).
    if (items.length >= q.limit) return { items, nextCursor: m.seq + 1 };
    if (hidden.has(m.id)) continue;
    const sender = m.sender ? toUserBrief(m.sender) : null;
    for (const link of extractLinks(m.body)) {
      items.push({ messageId: m.id, seq: m.seq, createdAt: m.createdAt.toISOString(), sender, kind: 'LINK', attachment: null, link });
    }
    if (i === q.limit) return { items, nextCursor: m.seq };
  }
  // The window is read to its end: carry on below it unless that is where history starts.
  return { items, nextCursor: low > member.fromSeq ? low + 1 : null };
}

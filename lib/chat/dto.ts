import type { Prisma } from '@/lib/generated/prisma/client';
import { toUserBrief, userBriefSelect } from '@/lib/users/brief';
import { REACTION_CODES, type AttachmentDto, type MessageDto, type ReactionCode, type ReactionCountDto, type ReplyRefDto } from './schemas';

/** What a reply's quote needs of the original. */
export const replyToSelect = {
  id: true, seq: true, kind: true, body: true, deletedAt: true,
  sender: { select: { displayName: true, deletedAt: true } },
  upload: { select: { fileName: true } },
} satisfies Prisma.MessageSelect;

export const messageInclude = {
  sender: { select: userBriefSelect },
  upload: true,
  replyTo: { select: replyToSelect },
} satisfies Prisma.MessageInclude;

export type ReplyRow = Prisma.MessageGetPayload<{ select: typeof replyToSelect }>;

/** A message row; the history page adds its reactions (counts and whether the reader gave each). */
export type MessageRow = Prisma.MessageGetPayload<{ include: typeof messageInclude }> & {
  reactionRows?: { code: string; count: number; mine: boolean }[];
};

function toAttachment(u: NonNullable<MessageRow['upload']>): AttachmentDto {
  return {
    id: u.id,
    fileName: u.fileName,
    mime: u.mime,
    size: u.size,
    width: u.width,
    height: u.height,
    url: `/api/files/${u.id}`,
    thumbUrl: u.thumbKey ? `/api/files/${u.id}?variant=thumb` : null,
  };
}

/**
 * A reply's quote. An original that was deleted, or that the reader cannot see (sent
 * before they joined the group: `fromSeq`), shows nothing of itself.
 */
export function toReplyRef(r: ReplyRow, fromSeq = 0): ReplyRefDto {
  const gone = !!r.deletedAt || r.seq <= fromSeq;
  return {
    id: r.id,
    seq: r.seq,
    kind: r.kind,
    senderName: gone || !r.sender || r.sender.deletedAt ? null : r.sender.displayName,
    body: gone ? '' : r.body.split('\n', 1)[0].slice(0, 100),
    fileName: gone ? null : (r.upload?.fileName ?? null),
    deleted: gone,
  };
}

const CODE_ORDER = new Map<string, number>(REACTION_CODES.map((c, i) => [c, i]));

/** Reaction counts in the picker's order; unknown codes (none: the database checks) dropped. */
export function toReactionCounts(rows: { code: string; count: number }[]): ReactionCountDto[] {
  return rows
    .filter((r) => CODE_ORDER.has(r.code) && r.count > 0)
    .sort((a, b) => CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)!)
    .map((r) => ({ code: r.code as ReactionCode, count: r.count }));
}

export function toMessageDto(m: MessageRow, fromSeq = 0): MessageDto {
  const deleted = !!m.deletedAt;
  const reactions = deleted ? [] : (m.reactionRows ?? []);
  return {
    id: m.id,
    roomId: m.roomId,
    seq: m.seq,
    clientId: m.clientId,
    kind: m.kind,
    body: deleted ? '' : m.body,
    stickerId: deleted ? null : m.stickerId,
    attachment: !deleted && m.upload ? toAttachment(m.upload) : null,
    system: m.systemKey ? { key: m.systemKey, args: (m.systemArgs ?? {}) as Record<string, string> } : null,
    sender: m.sender ? toUserBrief(m.sender) : null,
    createdAt: m.createdAt.toISOString(),
    deleted,
    replyTo: !deleted && m.replyTo ? toReplyRef(m.replyTo, fromSeq) : null,
    reactions: toReactionCounts(reactions),
    myReaction: (reactions.find((r) => r.mine)?.code as ReactionCode | undefined) ?? null,
  };
}

// Messages: the one send path, history, read receipts, deletion.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { storage } from '@/lib/storage';
import { getMembershipOrThrow } from './access';
import { messageInclude, toMessageDto, type MessageRow } from './dto';
import { publishMessage, publishMessageDeleted, publishRead } from './events';
import { appendMessage } from './rooms';
import { STICKER_IDS } from './stickers';
import { runAfterSend, runBeforeSend } from './hooks';
import { defer } from '@/lib/defer';
import type { MessageDto, SendMessageInput } from './schemas';

function kindForMime(mime: string): 'IMAGE' | 'VIDEO' | 'FILE' {
  if (/^image\/(jpeg|png|webp|gif|avif)$/.test(mime)) return 'IMAGE';
  if (mime.startsWith('video/')) return 'VIDEO';
  return 'FILE';
}

async function findByClientId(roomId: string, senderId: string, clientId: string) {
  return db.message.findUnique({ where: { roomId_senderId_clientId: { roomId, senderId, clientId } }, include: messageInclude });
}

/**
 * Send a message as `actorId`. Persist first, then publish; a retried send with
 * the same clientId returns the stored message instead of storing it twice.
 */
export async function sendMessage(actorId: string, roomId: string, input: SendMessageInput, socketId?: string): Promise<MessageDto> {
  // One query for the membership check and the members to notify.
  const membership = await db.roomMember.findFirst({
    where: { roomId, userId: actorId, leftAt: null, bannedAt: null },
    include: { room: { include: { members: { where: { leftAt: null, bannedAt: null }, select: { userId: true } } } } },
  });
  if (!membership) throw notFound();

  if (input.kind === 'STICKER' && !STICKER_IDS.has(input.stickerId)) throw new AppError('validation_failed', 'validation.unknownSticker');
  await runBeforeSend({ actorId, room: membership.room, input });

  let row: MessageRow;
  try {
    row = await db.$transaction(async (tx) => {
      let data: Parameters<typeof appendMessage>[2];
      if (input.kind === 'ATTACHMENT') {
        const upload = await tx.upload.findFirst({ where: { id: input.uploadId, roomId, uploaderId: actorId, message: null } });
        if (!upload) throw new AppError('validation_failed', 'validation.uploadMissing');
        data = { kind: kindForMime(upload.mime), senderId: actorId, clientId: input.clientId, uploadId: upload.id, body: input.body?.trim() ?? '' };
      } else if (input.kind === 'STICKER') {
        data = { kind: 'STICKER', senderId: actorId, clientId: input.clientId, stickerId: input.stickerId };
      } else {
        data = { kind: 'TEXT', senderId: actorId, clientId: input.clientId, body: input.body };
      }
      const msg = await appendMessage(tx, roomId, data);
      // Sending means having read everything up to here.
      await tx.roomMember.update({ where: { roomId_userId: { roomId, userId: actorId } }, data: { lastReadSeq: msg.seq } });
      return msg;
    });
  } catch (err) {
    // A retried send (or two racing): the unique (room, sender, clientId) finds the stored row.
    const retried = (err as { code?: string }).code === 'P2002' || (err instanceof AppError && err.message === 'validation.uploadMissing');
    if (retried) {
      const again = await findByClientId(roomId, actorId, input.clientId);
      if (again) return toMessageDto(again);
    }
    throw err;
  }

  const dto = toMessageDto(row);
  const memberIds = membership.room.members.map((m) => m.userId);
  defer(publishMessage(dto, memberIds, socketId));
  runAfterSend({ actorId, room: membership.room, message: dto, memberIds });
  return dto;
}

export interface HistoryQuery {
  before?: number;
  after?: number;
  around?: number;
  date?: string;
  limit: number;
}

/** First seq on or after a calendar day in Korea (UTC+9, no daylight saving). */
async function seqAtDate(roomId: string, date: string) {
  const start = new Date(`${date}T00:00:00+09:00`);
  const m = await db.message.findFirst({ where: { roomId, createdAt: { gte: start } }, orderBy: { seq: 'asc' }, select: { seq: true } });
  return m?.seq ?? null;
}

/** Keyset pagination by seq: newest page, older than `before`, newer than `after`, or around a seq/date. */
export async function listMessages(actorId: string, roomId: string, q: HistoryQuery) {
  const member = await getMembershipOrThrow(actorId, roomId);
  const floor = member.fromSeq;
  const page = (where: object, order: 'asc' | 'desc', take: number) =>
    db.message.findMany({ where: { roomId, ...where }, orderBy: { seq: order }, take, include: messageInclude });

  let around = q.around;
  if (q.date) {
    const s = await seqAtDate(roomId, q.date);
    if (s === null) return { messages: [], hasMoreBefore: false, hasMoreAfter: false, anchorSeq: null };
    around = s;
  }

  let rows: MessageRow[];
  let hasMoreBefore: boolean;
  let hasMoreAfter = false;
  if (around !== undefined) {
    const half = Math.floor(q.limit / 2);
    const [older, newer] = await Promise.all([
      page({ seq: { lt: around, gt: floor } }, 'desc', half + 1),
      page({ seq: { gte: Math.max(around, floor + 1) } }, 'asc', q.limit - half + 1),
    ]);
    hasMoreBefore = older.length > half;
    hasMoreAfter = newer.length > q.limit - half;
    rows = [...older.slice(0, half).reverse(), ...newer.slice(0, q.limit - half)];
  } else if (q.after !== undefined) {
    const newer = await page({ seq: { gt: Math.max(q.after, floor) } }, 'asc', q.limit + 1);
    hasMoreAfter = newer.length > q.limit;
    rows = newer.slice(0, q.limit);
    hasMoreBefore = rows.length > 0 && rows[0].seq > floor + 1;
  } else {
    const older = await page({ seq: { gt: floor, ...(q.before ? { lt: q.before } : {}) } }, 'desc', q.limit + 1);
    hasMoreBefore = older.length > q.limit;
    rows = older.slice(0, q.limit).reverse();
  }
  return { messages: rows.map(toMessageDto), hasMoreBefore, hasMoreAfter, anchorSeq: around ?? null };
}

/** Mark the room read up to `seq`; everyone's "1" counters update live. */
export async function markRead(actorId: string, roomId: string, seq: number) {
  const member = await getMembershipOrThrow(actorId, roomId);
  const target = Math.min(seq, member.room.lastSeq);
  if (target <= member.lastReadSeq) return { lastReadSeq: member.lastReadSeq };
  const { count } = await db.roomMember.updateMany({
    where: { roomId, userId: actorId, lastReadSeq: { lt: target } },
    data: { lastReadSeq: target },
  });
  if (count) defer(publishRead(roomId, actorId, target));
  return { lastReadSeq: target };
}

/** Delete my own message: everyone sees "deleted message"; its files leave storage. */
export async function deleteMessage(actorId: string, roomId: string, messageId: string) {
  await getMembershipOrThrow(actorId, roomId);
  const msg = await db.message.findFirst({ where: { id: messageId, roomId }, include: { upload: true } });
  if (!msg) throw notFound();
  if (msg.senderId !== actorId) throw new AppError('forbidden', 'errors.notYourMessage');
  if (msg.deletedAt) return { ok: true };
  await db.message.update({ where: { id: msg.id }, data: { deletedAt: now(), body: '', stickerId: null } });
  if (msg.upload) {
    await Promise.all([storage().delete(msg.upload.key), msg.upload.thumbKey ? storage().delete(msg.upload.thumbKey) : null]);
  }
  defer(publishMessageDeleted(roomId, msg.id, msg.seq));
  return { ok: true };
}

// Messages: the one send path, history, read receipts, deletion.
import { db } from '@/lib/db';
import { AppError, notFound, unauthorized } from '@/lib/errors';
import { now } from '@/lib/clock';
import { storage } from '@/lib/storage';
import { getMembershipOrThrow } from './access';
import { readAccess } from './open-rooms';
import { isPublicTopic } from './topics';
import { messageInclude, toMessageDto, type MessageRow } from './dto';
import { publishMessage, publishMessageDeleted, publishRead } from './events';
import { pageStatement, sendStatement, unreadStatement, type PageParams } from './statements';
import { isUniqueViolation } from '@/lib/sql';
import type { SessionClaims } from '@/lib/auth/token';
import { STICKER_IDS } from './stickers';
import { runAfterDelete, runAfterSend, runBeforeSend } from './hooks';
import { defer } from '@/lib/defer';
import { questionUnanswered } from '@/lib/couple/gate';
import type { MessageDto, SendMessageInput } from './schemas';

/** A message its reader reported: kept in place (seqs stay dense), its content withheld. */
const withheld = (m: MessageDto): MessageDto => ({ ...m, body: '', stickerId: null, attachment: null, replyTo: null, reactions: [], myReaction: null, hidden: true });

async function findByClientId(roomId: string, senderId: string, clientId: string) {
  return db.message.findUnique({ where: { roomId_senderId_clientId: { roomId, senderId, clientId } }, include: messageInclude });
}

/**
 * Send a message as the session's user. Persist first (one statement, which also
 * checks the session version, the membership and the couple question gate), then
 * publish; a retried send with the same clientId returns the stored message instead of
 * storing it twice.
 */
export async function sendMessage(session: SessionClaims, roomId: string, input: SendMessageInput, socketId?: string): Promise<MessageDto> {
  const actorId = session.uid;
  if (input.kind === 'STICKER' && !STICKER_IDS.has(input.stickerId)) throw new AppError('validation_failed', 'validation.unknownSticker');
  await runBeforeSend({ actorId, roomId, input });

  let outcome: Awaited<ReturnType<typeof sendStatement>>;
  try {
    outcome = await sendStatement({
      userId: actorId,
      sessionVersion: session.sv,
      sessionId: session.sid,
      roomId,
      clientId: input.clientId,
      kind: input.kind === 'ATTACHMENT' ? null : input.kind,
      body: input.kind === 'STICKER' ? '' : input.kind === 'ATTACHMENT' ? (input.body?.trim() ?? '') : input.body,
      stickerId: input.kind === 'STICKER' ? input.stickerId : null,
      uploadId: input.kind === 'ATTACHMENT' ? input.uploadId : null,
      replyToId: input.replyToId ?? null,
      at: now(),
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // A retried send (or two racing): the unique (room, sender, clientId) finds the stored row.
    const again = await findByClientId(roomId, actorId, input.clientId);
    if (again) return toMessageDto(again);
    // Otherwise the upload went out with another message in the meantime.
    throw new AppError('validation_failed', 'validation.uploadMissing');
  }
  if (!outcome.userOk) throw unauthorized();
  if (!outcome.memberOk) {
    // Someone reading a cake's room without having joined it is told how to send.
    if ((await readAccess(actorId, roomId)) === 'reader') throw new AppError('forbidden', 'cakes.errors.joinFirst');
    throw notFound();
  }
  if (!outcome.message || !outcome.room) {
    // Not stored: a retry of a message already sent (say the one that asked the open
    // question), a couple question to answer first, or an upload that is not usable.
    const again = await findByClientId(roomId, actorId, input.clientId);
    if (again) return toMessageDto(again);
    if (outcome.gateQuestionId) throw questionUnanswered(outcome.gateQuestionId);
    if (!outcome.replyOk) throw new AppError('validation_failed', 'chat.errors.replyMissing');
    throw new AppError('validation_failed', 'validation.uploadMissing');
  }

  const dto = toMessageDto(outcome.message);
  const memberIds = outcome.memberIds;
  // An open room's list lines follow its room channel (one event whatever its size), the
  // sender's own tab included; no event per member.
  const open = outcome.room.kind === 'OPEN';
  // A quote of a message some member joined after must not reach them: that event goes
  // out slim, and each member's refetch withholds what they may not see.
  const quoteHidden = !!dto.replyTo && dto.replyTo.seq <= outcome.maxFromSeq;
  // One `after()` for the publish and the hooks together.
  defer(Promise.allSettled([
    publishMessage(dto, open ? [] : memberIds, open ? undefined : socketId, quoteHidden),
    runAfterSend({ actorId, room: outcome.room, message: dto, memberIds, pushCandidateIds: outcome.pushCandidateIds }),
  ]));
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

/**
 * Keyset pagination by seq: newest page, older than `before`, newer than `after`, or
 * around a seq/date. Each page is one statement that also checks the session version
 * and the membership (401/404), so a page costs one round trip.
 */
export async function listMessages(session: SessionClaims, roomId: string, q: HistoryQuery) {
  const base = { userId: session.uid, sessionVersion: session.sv, sessionId: session.sid, roomId, at: now() };
  const checked = async (p: Omit<PageParams, keyof typeof base>) => {
    const out = await pageStatement({ ...base, ...p });
    if (!out.userOk) throw unauthorized();
    if (!out.memberOk) throw notFound();
    return out;
  };

  let around = q.around;
  if (q.date) {
    const s = await seqAtDate(roomId, q.date);
    if (s === null) {
      await checked({ after: 0, before: null, order: 'desc', take: 0 });
      return { messages: [], hasMoreBefore: false, hasMoreAfter: false, anchorSeq: null };
    }
    around = s;
  }

  const hidden = new Set<string>();
  let fromSeq = 0;
  const fetchPage = async (p: Omit<PageParams, keyof typeof base>) => {
    const out = await checked(p);
    for (const id of out.hiddenIds) hidden.add(id);
    fromSeq = out.fromSeq;
    return out;
  };

  let rows: MessageRow[];
  let hasMoreBefore: boolean;
  let hasMoreAfter = false;
  if (around !== undefined) {
    const half = Math.floor(q.limit / 2);
    const older = await fetchPage({ after: 0, before: around, order: 'desc', take: half + 1 });
    const newer = await fetchPage({ after: around - 1, before: null, order: 'asc', take: q.limit - half + 1 });
    hasMoreBefore = older.rows.length > half;
    hasMoreAfter = newer.rows.length > q.limit - half;
    rows = [...older.rows.slice(0, half).reverse(), ...newer.rows.slice(0, q.limit - half)];
  } else if (q.after !== undefined) {
    const newer = await fetchPage({ after: q.after, before: null, order: 'asc', take: q.limit + 1 });
    hasMoreAfter = newer.rows.length > q.limit;
    rows = newer.rows.slice(0, q.limit);
    hasMoreBefore = rows.length > 0 && rows[0].seq > newer.fromSeq + 1;
  } else {
    const older = await fetchPage({ after: 0, before: q.before ?? null, order: 'desc', take: q.limit + 1 });
    hasMoreBefore = older.rows.length > q.limit;
    rows = older.rows.slice(0, q.limit).reverse();
  }
  const messages = rows.map((r) => (hidden.has(r.id) ? withheld(toMessageDto(r)) : toMessageDto(r, fromSeq)));
  return { messages, hasMoreBefore, hasMoreAfter, anchorSeq: around ?? null };
}

/**
 * Unread counts of every room of the user: what the tab badge needs, one statement.
 * Open rooms are marked (the client listens on their room channels for new messages);
 * a muted cake room's count stays out of the total.
 */
export async function unreadCounts(session: SessionClaims) {
  const out = await unreadStatement({ userId: session.uid, sessionVersion: session.sv, sessionId: session.sid, at: now() });
  if (!out.userOk) throw unauthorized();
  const rooms: Record<string, { lastSeq: number; lastReadSeq: number; open?: true; quiet?: true }> = {};
  let total = 0;
  for (const r of out.rooms) {
    rooms[r.roomId] = { lastSeq: r.lastSeq, lastReadSeq: r.lastReadSeq, ...(r.open ? { open: true as const } : {}), ...(r.quiet ? { quiet: true as const } : {}) };
    if (!r.quiet) total += Math.max(0, r.lastSeq - r.lastReadSeq);
  }
  return { rooms, totalUnread: total };
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
  // A cake's room shows no read counters, so only the reader's own devices hear of it.
  if (count) defer(publishRead(roomId, actorId, target, !isPublicTopic(member.room.kind, member.room.topic)));
  return { lastReadSeq: target };
}

/** Delete my own message: everyone sees "deleted message"; its files and reactions go. */
export async function deleteMessage(actorId: string, roomId: string, messageId: string) {
  const { room } = await getMembershipOrThrow(actorId, roomId);
  const msg = await db.message.findFirst({ where: { id: messageId, roomId }, include: { upload: true } });
  if (!msg) throw notFound();
  if (msg.senderId !== actorId) throw new AppError('forbidden', 'errors.notYourMessage');
  if (msg.deletedAt) return { ok: true };
  // With its reactions, in one transaction: a reaction being added holds the row (FOR SHARE), so it lands before and goes too.
  await db.$transaction([
    db.message.update({ where: { id: msg.id }, data: { deletedAt: now(), body: '', stickerId: null } }),
    db.messageReaction.deleteMany({ where: { messageId: msg.id } }),
  ]);
  if (msg.upload) {
    await Promise.all([storage().delete(msg.upload.key), msg.upload.thumbKey ? storage().delete(msg.upload.thumbKey) : null]);
  }
  defer(publishMessageDeleted(roomId, msg.id, msg.seq));
  runAfterDelete({ actorId, room, message: msg });
  return { ok: true };
}

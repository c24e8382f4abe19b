// Reports: a person flags a message in an open room or someone's public piece. The
// reason is stored for moderation; from then on the item is hidden for the reporter.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/sql';
import { hit, LIMITS } from '@/lib/rate-limit';
import { readAccess } from '@/lib/chat/open-rooms';
import type { ReportDto, ReportInput } from './schemas';

/** The message, if the actor can see it and it is someone else's line in an open room. */
async function checkMessage(actorId: string, messageId: string) {
  const msg = await db.message.findUnique({ where: { id: messageId }, select: { roomId: true, senderId: true, kind: true, room: { select: { kind: true } } } });
  if (!msg || !(await readAccess(actorId, msg.roomId))) throw notFound();
  // Members of 1:1, group and circle rooms know each other: they leave or block instead.
  if (msg.room.kind !== 'OPEN' || msg.kind === 'SYSTEM') throw new AppError('validation_failed', 'cakes.errors.reportOpenOnly');
  if (msg.senderId === actorId) throw new AppError('validation_failed', 'cakes.errors.reportOwn');
}

/** Someone else's public piece (a private piece is as good as missing). */
async function checkPiece(actorId: string, pieceId: string) {
  const piece = await db.piece.findFirst({ where: { id: pieceId, isPublic: true }, select: { ownerId: true } });
  if (!piece) throw notFound();
  if (piece.ownerId === actorId) throw new AppError('validation_failed', 'cakes.errors.reportOwn');
}

/** Report once; reporting the same thing again answers the stored report. */
export async function report(actorId: string, input: ReportInput): Promise<{ report: ReportDto; created: boolean }> {
  if (input.target === 'MESSAGE') await checkMessage(actorId, input.targetId);
  else await checkPiece(actorId, input.targetId);
  await hit(LIMITS.reportsPerUser, actorId);
  const reason = input.detail ? `${input.reason}: ${input.detail}` : input.reason;
  const key = { reporterId_target_targetId: { reporterId: actorId, target: input.target, targetId: input.targetId } };
  const select = { id: true, target: true, targetId: true } as const;
  try {
    return { report: await db.report.create({ data: { reporterId: actorId, target: input.target, targetId: input.targetId, reason }, select }), created: true };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return { report: await db.report.findUniqueOrThrow({ where: key, select }), created: false };
  }
}

async function reportedIds(actorId: string, target: 'PIECE' | 'MESSAGE') {
  const rows = await db.report.findMany({ where: { reporterId: actorId, target }, select: { targetId: true } });
  return rows.map((r) => r.targetId);
}

/** Pieces the person reported: left out of every cake list they see. */
export const hiddenPieceIds = (actorId: string) => reportedIds(actorId, 'PIECE');

/** Messages the person reported: left out of their search results (history withholds them in place). */
export const hiddenMessageIds = (actorId: string) => reportedIds(actorId, 'MESSAGE');

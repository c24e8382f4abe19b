// Reactions (공감): a member gives one of six reactions to a message, at most one per
// person per message (choosing another replaces it). A reaction is not a message: no
// seq, no unread count, no push; only the room channel hears of it, after commit.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { getMembershipOrThrow } from './access';
import { toReactionCounts } from './dto';
import { publishReaction } from './events';
import type { ReactionCode, ReactionResult } from './schemas';

const gone = () => new AppError('conflict', 'chat.errors.messageGone');

/**
 * The message as its reader may react to it: in the room, visible to this member (sent
 * after they joined) and not a system line. Outsiders and invisible messages are 404;
 * a deleted message is 409.
 */
async function reactableOrThrow(actorId: string, roomId: string, messageId: string) {
  const member = await getMembershipOrThrow(actorId, roomId);
  const msg = await db.message.findFirst({
    where: { id: messageId, roomId, seq: { gt: member.fromSeq }, kind: { not: 'SYSTEM' } },
    select: { id: true, deletedAt: true },
  });
  if (!msg) throw notFound();
  if (msg.deletedAt) throw gone();
  return msg;
}

async function countsOf(messageId: string) {
  const groups = await db.messageReaction.groupBy({ by: ['code'], where: { messageId }, _count: { _all: true } });
  return toReactionCounts(groups.map((g) => ({ code: g.code, count: g._count._all })));
}

async function finish(roomId: string, actorId: string, messageId: string, code: ReactionCode | null): Promise<ReactionResult> {
  const reactions = await countsOf(messageId);
  defer(publishReaction(roomId, { messageId, userId: actorId, code, reactions }));
  return { messageId, reactions, myReaction: code };
}

/** Give (or change to) `code`. */
export async function setReaction(actorId: string, roomId: string, messageId: string, code: ReactionCode): Promise<ReactionResult> {
  await reactableOrThrow(actorId, roomId, messageId);
  // Conditional on the message still standing, holding its row until commit: a deletion
  // running meanwhile waits, then removes this reaction with the others.
  const stored = await db.$executeRaw`
    WITH target AS (SELECT id FROM "Message" WHERE id = ${messageId} AND "deletedAt" IS NULL FOR SHARE)
    INSERT INTO "MessageReaction" ("messageId", "userId", code, "createdAt")
    SELECT id, ${actorId}, ${code}, ${now().toISOString()}::timestamp FROM target
    ON CONFLICT ("messageId", "userId") DO UPDATE SET code = EXCLUDED.code, "createdAt" = EXCLUDED."createdAt"`;
  if (stored === 0) throw gone();
  return finish(roomId, actorId, messageId, code);
}

/** Take my reaction back (nothing to take back is fine). */
export async function removeReaction(actorId: string, roomId: string, messageId: string): Promise<ReactionResult> {
  await reactableOrThrow(actorId, roomId, messageId);
  await db.messageReaction.deleteMany({ where: { messageId, userId: actorId } });
  return finish(roomId, actorId, messageId, null);
}

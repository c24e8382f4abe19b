// Blocks (UserBlock): the blocked person may not start a 1:1 room with the blocker, by
// any way in (a friend's profile, a name in an open room). Blocking says nothing to them.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';

export async function blockUser(actorId: string, userId: string) {
  if (actorId === userId) throw new AppError('validation_failed', 'cakes.errors.blockSelf');
  const target = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } });
  if (!target) throw notFound();
  await db.userBlock.upsert({ where: { blockerId_blockedId: { blockerId: actorId, blockedId: userId } }, create: { blockerId: actorId, blockedId: userId }, update: {} });
  return { blocked: true };
}

export async function unblockUser(actorId: string, userId: string) {
  await db.userBlock.deleteMany({ where: { blockerId: actorId, blockedId: userId } });
  return { blocked: false };
}

/** Refuse a 1:1 between these two when either blocked the other, saying which way. */
export async function assertNotBlocked(actorId: string, otherId: string) {
  const blocks = await db.userBlock.findMany({
    where: { OR: [{ blockerId: actorId, blockedId: otherId }, { blockerId: otherId, blockedId: actorId }] },
    select: { blockerId: true },
  });
  if (blocks.some((b) => b.blockerId === otherId)) throw new AppError('forbidden', 'cakes.errors.blocked');
  if (blocks.length) throw new AppError('conflict', 'cakes.errors.blockedByYou');
}

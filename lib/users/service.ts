// Reading people by id, for any domain (access is the caller's business).
import { db } from '@/lib/db';
import { toUserBrief, userBriefSelect } from './brief';

export async function getUserBrief(userId: string) {
  return toUserBrief(await db.user.findUniqueOrThrow({ where: { id: userId }, select: userBriefSelect }));
}

import { db } from '@/lib/db';

export async function isCircleMember(userId: string, circleId: string) {
  const m = await db.circleMember.findUnique({ where: { circleId_userId: { circleId, userId } }, select: { userId: true } });
  return !!m;
}

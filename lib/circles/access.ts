// Who may see and change a circle. Outsiders get 404 so circle ids leak nothing.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { circleInclude } from './dto';

export async function isCircleMember(userId: string, circleId: string) {
  const m = await db.circleMember.findUnique({ where: { circleId_userId: { circleId, userId } }, select: { userId: true } });
  return !!m;
}

/** The circle with its members, scoped by the caller's membership. */
export async function getCircleOrThrow(userId: string, circleId: string) {
  const circle = await db.circle.findFirst({
    where: { id: circleId, dissolvedAt: null, members: { some: { userId } } },
    include: circleInclude,
  });
  if (!circle) throw notFound();
  return circle;
}

/** Only a family's parents hand out invite codes. */
export async function getFamilyAsParentOrThrow(userId: string, circleId: string) {
  const circle = await getCircleOrThrow(userId, circleId);
  if (circle.kind !== 'FAMILY') throw notFound();
  if (!circle.members.some((m) => m.userId === userId && m.role === 'PARENT')) throw new AppError('forbidden', 'errors.onlyParentsInvite');
  return circle;
}

export async function getCoupleOrThrow(userId: string, circleId: string) {
  const circle = await getCircleOrThrow(userId, circleId);
  if (circle.kind !== 'COUPLE') throw notFound();
  return circle;
}

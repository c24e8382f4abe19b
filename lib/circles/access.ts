// Who may see and change a circle, and who someone is in a family (parent or child).
// Outsiders (and anyone asking about a circle of the wrong kind) get 404, so circle ids
// leak nothing; members doing what their role may not get 403 saying who can. Missions,
// boards, the family calendar and suggestions all ask here.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { type UserBrief, toUserBrief, userBriefSelect } from '@/lib/users/brief';
import { circleInclude } from './dto';

export type FamilyRole = 'PARENT' | 'CHILD';

export interface FamilyMember {
  circleId: string;
  userId: string;
  role: FamilyRole;
}

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

/** The caller's membership in a live family circle, or 404. */
export async function getFamilyMemberOrThrow(userId: string, circleId: string): Promise<FamilyMember> {
  const m = await db.circleMember.findFirst({
    where: { circleId, userId, circle: { kind: 'FAMILY', dissolvedAt: null } },
    select: { role: true },
  });
  if (!m || (m.role !== 'PARENT' && m.role !== 'CHILD')) throw notFound();
  return { circleId, userId, role: m.role };
}

/** 403 unless a parent; `messageKey` says what only parents may do. */
export function assertParent(member: FamilyMember, messageKey: string) {
  if (member.role !== 'PARENT') throw new AppError('forbidden', messageKey);
}

/** 403 unless a child; `messageKey` says what only children may do. */
export function assertChild(member: FamilyMember, messageKey: string) {
  if (member.role !== 'CHILD') throw new AppError('forbidden', messageKey);
}

/** Only a family's parents hand out invite codes: the family with its members. */
export async function getFamilyAsParentOrThrow(userId: string, circleId: string) {
  assertParent(await getFamilyMemberOrThrow(userId, circleId), 'errors.onlyParentsInvite');
  return getCircleOrThrow(userId, circleId);
}

export async function getCoupleOrThrow(userId: string, circleId: string) {
  const circle = await getCircleOrThrow(userId, circleId);
  if (circle.kind !== 'COUPLE') throw notFound();
  return circle;
}

/** The family's children today, in the order they joined. */
export async function listChildren(circleId: string): Promise<UserBrief[]> {
  const rows = await db.circleMember.findMany({
    where: { circleId, role: 'CHILD' },
    orderBy: { joinedAt: 'asc' },
    select: { user: { select: userBriefSelect } },
  });
  return rows.map((r) => toUserBrief(r.user));
}

/** The ids of a family's parents (who hear about gift time). */
export async function listParentIds(circleId: string): Promise<string[]> {
  const rows = await db.circleMember.findMany({ where: { circleId, role: 'PARENT' }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

// Who may do what in a family's wishlist and boards. Outsiders (and anyone asking about
// a circle that is not a family) get 404, so ids leak nothing; members doing what their
// role may not get 403 with a message saying who can.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { toUserBrief, userBriefSelect } from '@/lib/chat/dto';
import type { UserBrief } from '@/lib/chat/schemas';

export type FamilyRole = 'PARENT' | 'CHILD';

export interface FamilyMember {
  circleId: string;
  userId: string;
  role: FamilyRole;
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

// Who may do what with a family's missions, on top of the family membership check
// (lib/circles/access: outsiders 404; members in the wrong role 403 saying who can).
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getFamilyMemberOrThrow, type FamilyMember } from '@/lib/circles/access';

export interface FamilyAccess extends FamilyMember {
  parentIds: string[];
  childIds: string[];
}

/** The caller's membership, with who the family's parents and children are. */
export async function getFamilyAccessOrThrow(userId: string, circleId: string): Promise<FamilyAccess> {
  const member = await getFamilyMemberOrThrow(userId, circleId);
  const members = await db.circleMember.findMany({ where: { circleId }, select: { userId: true, role: true } });
  const ids = (role: string) => members.filter((m) => m.role === role).map((m) => m.userId);
  return { ...member, parentIds: ids('PARENT'), childIds: ids('CHILD') };
}

/** A mission is for a child of this family; anyone else is a wrong choice in the form. */
export function assertChildOfFamily(f: FamilyAccess, childId: string) {
  if (!f.childIds.includes(childId)) throw new AppError('validation_failed', 'missions.validation.child');
}

/** What a caller may list: a child only their own; a parent everyone's, or one child's. */
export function childScope(f: FamilyMember, childId?: string): { childId?: string } {
  if (f.role === 'CHILD') return { childId: f.userId };
  return childId ? { childId } : {};
}

import { db } from '@/lib/db';

export interface CircleCard {
  id: string;
  kind: 'FAMILY' | 'COUPLE';
  name: string;
  members: { userId: string; displayName: string; role: 'PARENT' | 'CHILD' | 'PARTNER'; deleted: boolean }[];
}

/** The circles a user belongs to, newest first, as Home's cards show them. */
export async function listMyCircles(userId: string): Promise<CircleCard[]> {
  const circles = await db.circle.findMany({
    where: { members: { some: { userId } } },
    orderBy: { createdAt: 'desc' },
    include: { members: { include: { user: { select: { displayName: true, deletedAt: true } } }, orderBy: { joinedAt: 'asc' } } },
  });
  return circles.map((c) => ({
    id: c.id,
    kind: c.kind,
    name: c.name,
    members: c.members.map((m) => ({ userId: m.userId, displayName: m.user.displayName, role: m.role, deleted: !!m.user.deletedAt })),
  }));
}

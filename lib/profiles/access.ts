import { db } from '@/lib/db';
import { ACTIVE_MEMBER } from '@/lib/chat/access';

/**
 * Who may see someone's profile and images: themselves, anyone with a friendship
 * in either direction, and anyone sharing a circle or a room with them. Deleted
 * accounts are seen by no one.
 */
export async function canSeeProfile(viewerId: string, userId: string) {
  if (viewerId === userId) return !!(await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } }));
  const hit = await db.user.findFirst({
    where: {
      id: userId,
      deletedAt: null,
      OR: [
        { friends: { some: { friendId: viewerId } } },
        { friendOf: { some: { ownerId: viewerId } } },
        { memberships: { some: { circle: { members: { some: { userId: viewerId } } } } } },
        { roomMemberships: { some: { ...ACTIVE_MEMBER, room: { members: { some: { userId: viewerId, ...ACTIVE_MEMBER } } } } } },
      ],
    },
    select: { id: true },
  });
  return !!hit;
}

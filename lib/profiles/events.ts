// What a profile change tells others, after commit: everyone who shows this person (who
// has them as a friend, or shares a non-open room with them) refetches their lists,
// room headers and profile views. Only the id travels; each screen reads what it may see.
import { db } from '@/lib/db';
import { ACTIVE_MEMBER } from '@/lib/chat/access';
import { publishToUsers } from '@/lib/realtime/server';

/** Bounds one change's fan-out; beyond it, screens still catch up on their next fetch. */
export const MAX_AUDIENCE = 5000;

export async function profileAudience(userId: string) {
  const [fans, rooms] = await Promise.all([
    db.friendship.findMany({ where: { friendId: userId }, select: { ownerId: true }, take: MAX_AUDIENCE }),
    // Open rooms (a cake's thousands) show names per message only: they are not told.
    db.roomMember.findMany({ where: { userId, ...ACTIVE_MEMBER, room: { kind: { not: 'OPEN' } } }, select: { roomId: true }, take: 1000 }),
  ]);
  const roomies = rooms.length
    ? await db.roomMember.findMany({
        where: { roomId: { in: rooms.map((r) => r.roomId) }, ...ACTIVE_MEMBER },
        select: { userId: true },
        distinct: ['userId'],
        take: MAX_AUDIENCE,
      })
    : [];
  const ids = new Set([userId, ...fans.map((f) => f.ownerId), ...roomies.map((m) => m.userId)]);
  return [...ids].slice(0, MAX_AUDIENCE);
}

/** Name, status message or a picture changed. */
export async function publishProfileChanged(userId: string) {
  await publishToUsers(await profileAudience(userId), 'profile-changed', { userId });
}

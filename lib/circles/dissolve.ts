// Couples end by stored deadline, never by timers: the cron job sweeps every due
// couple and every read of a person's circles first settles that person's couple.
import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import { removeMember } from '@/lib/chat/room-tx';
import { publishRoomChanged } from '@/lib/chat/events';
import { disconnectUsers } from '@/lib/realtime/server';
import { publishCirclesChanged } from './events';

/**
 * Dissolve one couple: members removed, its room left by both. The conditional
 * update makes concurrent sweeps (cron and lazy reads) dissolve it exactly once,
 * and a breakup cancelled in the meantime is left alone. `orphaned` couples (a
 * partner deleted their account) go at once.
 */
export async function dissolveCouple(circleId: string, orphaned = false) {
  const at = now();
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.circle.updateMany({
      where: { id: circleId, kind: 'COUPLE', dissolvedAt: null, ...(orphaned ? {} : { disconnectAt: { lte: at } }) },
      data: { dissolvedAt: at },
    });
    if (!count) return null;
    const members = await tx.circleMember.findMany({ where: { circleId }, select: { userId: true } });
    const userIds = members.map((m) => m.userId);
    await tx.circleMember.deleteMany({ where: { circleId } });
    const room = await tx.room.findUnique({ where: { circleId }, select: { id: true } });
    if (room) for (const userId of userIds) await removeMember(tx, room.id, userId);
    return { userIds, roomId: room?.id ?? null };
  });
  if (!done) return false;
  // Both lose the couple's channels now, before either channel carries another event.
  await disconnectUsers(done.userIds);
  await publishCirclesChanged(done.userIds, circleId);
  if (done.roomId) await publishRoomChanged(done.roomId, done.userIds);
  return true;
}

/** Before answering anything about a person's circles: end their couple if it is over. */
export async function settleCouplesOf(userId: string) {
  const couples = await db.circle.findMany({
    where: { kind: 'COUPLE', dissolvedAt: null, members: { some: { userId } } },
    select: { id: true, disconnectAt: true, _count: { select: { members: true } } },
  });
  const at = now();
  for (const c of couples) {
    const orphaned = c._count.members < 2;
    if (orphaned || (c.disconnectAt && c.disconnectAt <= at)) await dissolveCouple(c.id, orphaned);
  }
}

/** The scheduled sweep: every couple whose seven days are up. */
export async function dissolveDueCouples() {
  const due = await db.circle.findMany({
    where: { kind: 'COUPLE', dissolvedAt: null, disconnectAt: { lte: now() } },
    select: { id: true },
    orderBy: { disconnectAt: 'asc' },
    take: 500,
  });
  let dissolved = 0;
  for (const c of due) if (await dissolveCouple(c.id)) dissolved += 1;
  return { dissolved };
}

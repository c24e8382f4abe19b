// The child hears "a new mission" once per mission, the day it appears for them: at
// creation for a mission that starts today, on its start day for a scheduled one. Stored
// state drives it, not a timer: `assignedNotifiedAt` is null until the notice is due and
// sent, and the conditional UPDATE that sets it (WHERE it is still null) lets exactly one
// caller win, whether the cron job, a screen loading missions, or both at once. The
// notification-center rows commit in the same transaction; live event and push follow.
import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import { deliverNotifications, storeNotifications } from '@/lib/notifications/service';
import { ruleOf, toMissionDto, toRunDto } from './dto';
import { missionNotice, publishMissionChanged } from './events';
import { dayToDate, dueRunDay, kstDay, kstDayStart, type Day } from './schedule';

/** The scheduled job stays quiet at night: it announces from this hour (Korea) on. */
export const MORNING_HOUR_KST = 7;

/** Missions announced per transaction. */
const CHUNK = 25;

const dueWhere = (day: Day, circleId?: string) => ({
  assignedNotifiedAt: null,
  deletedAt: null,
  startsOn: { lte: dayToDate(day) },
  ...(circleId ? { circleId } : {}),
});

/**
 * Announce every mission whose start day has come and whose child has not heard of it
 * yet (in one family, or everywhere). `morningOnly`: before 07:00 in Korea, do nothing
 * (the job runs again later; a child who opens the app hears it then anyway).
 */
export async function announceStartedMissions(opts: { circleId?: string; morningOnly?: boolean } = {}): Promise<{ announced: number }> {
  const at = now();
  const day = kstDay(at);
  if (opts.morningOnly && at.getTime() < kstDayStart(day).getTime() + MORNING_HOUR_KST * 3600_000) return { announced: 0 };
  // A bounded number per transaction, so a busy morning cannot outgrow its time limit.
  // Most calls find nothing: one indexed read, no transaction.
  const ids = (await db.mission.findMany({ where: dueWhere(day, opts.circleId), select: { id: true }, take: CHUNK })).map((m) => m.id);
  if (!ids.length) return { announced: 0 };
  const { rows, changes } = await db.$transaction(async (tx) => {
    const missions = await tx.mission.updateManyAndReturn({ where: { ...dueWhere(day, opts.circleId), id: { in: ids } }, data: { assignedNotifiedAt: at } });
    // Only children still in the family hear about it (the flag is set either way).
    const members = await tx.circleMember.findMany({
      where: { role: 'CHILD', OR: missions.map((m) => ({ circleId: m.circleId, userId: m.childId })), circle: { dissolvedAt: null } },
      select: { circleId: true, userId: true },
    });
    const live = missions.filter((m) => members.some((c) => c.circleId === m.circleId && c.userId === m.childId));
    const due = live.flatMap((m) => {
      const d = dueRunDay(ruleOf(m), day);
      return d ? [{ missionId: m.id, day: dayToDate(d) }] : [];
    });
    // The run the child will see today exists from now on, so the event can carry it.
    if (due.length) await tx.missionRun.createMany({ data: due, skipDuplicates: true });
    const runs = due.length ? await tx.missionRun.findMany({ where: { OR: due }, include: { mission: true } }) : [];
    const rows = [];
    for (const m of live) rows.push(...(await storeNotifications(tx, [m.childId], missionNotice('assigned', m))));
    return { rows, changes: live.map((m) => ({ mission: toMissionDto(m, day), run: runs.find((r) => r.missionId === m.id) })) };
  });

  deliverNotifications(rows);
  await Promise.all(changes.map((c) => publishMissionChanged(c.mission, c.run ? toRunDto(c.run, day) : null)));
  // More waiting: the next chunk, in its own transaction.
  const more = ids.length === CHUNK ? await announceStartedMissions(opts) : { announced: 0 };
  return { announced: changes.length + more.announced };
}

// Missions: parents set them for a child, lists for each screen. A run is one mission
// on one day; it is created the first time that day is looked at or acted on (the
// unique (missionId, day) makes it idempotent), never by a timer.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertParent } from '@/lib/circles/access';
import { assertChildOfFamily, childScope, getFamilyAccessOrThrow } from './access';
import { ruleOf, toMissionDto, toRunDto, type RunWithMission } from './dto';
import { notifyMission, publishMissionChanged } from './events';
import { announceStartedMissions } from './assigned';
import { dayToDate, dueRunDay, isScheduled, kstDay, kstDayEnd, kstDayStart, normaliseWeekdays, scheduleProblem, type Day, type ScheduleRule } from './schedule';
import type { CreateMissionInput, MissionDto, MissionListDto, MissionRunDto, UpdateMissionInput } from './schemas';

const DONE_LIMIT = 50;

export const today = () => kstDay(now());

/** Work after commit (events, notifications) never turns a saved change into an error. */
export async function afterCommit(...work: Promise<unknown>[]) {
  await Promise.all(work.map((p) => p.catch((err) => console.warn('[moa] mission follow-up failed:', (err as Error).message))));
}

/** Make sure the runs due today exist (idempotent), then return them. */
async function ensureDueRuns(missions: { id: string; rule: ScheduleRule }[], day: Day) {
  const due = missions.flatMap((m) => {
    const d = dueRunDay(m.rule, day);
    return d ? [{ missionId: m.id, day: dayToDate(d) }] : [];
  });
  if (!due.length) return [];
  await db.missionRun.createMany({ data: due, skipDuplicates: true });
  return db.missionRun.findMany({ where: { OR: due }, include: { mission: true } });
}

/** Grapes each approved run put on a board (from the board's own record). */
export async function grapesByRun(runIds: string[]) {
  if (!runIds.length) return new Map<string, number>();
  const rows = await db.grapeEvent.groupBy({ by: ['missionRunId'], where: { missionRunId: { in: runIds }, kind: 'GIVEN' }, _sum: { count: true } });
  return new Map(rows.map((r) => [r.missionRunId!, r._sum.count ?? 0]));
}

/**
 * Missions that can still make a run or still show in a list: not deleted, not a one-off
 * whose run was approved, not a repeating one past its last day. A family's finished
 * missions pile up for years; no screen reads them from here.
 */
const liveMissions = (day: Day): Prisma.MissionWhereInput => ({
  deletedAt: null,
  OR: [
    { repeat: 'NONE', runs: { none: { status: 'APPROVED' } } },
    { repeat: { not: 'NONE' }, OR: [{ dueAt: null }, { dueAt: { gte: kstDayStart(day) } }] },
  ],
});

const byDayThenTitle = (a: MissionRunDto, b: MissionRunDto) => a.day.localeCompare(b.day) || a.mission.createdAt.localeCompare(b.mission.createdAt);

/**
 * The lists one screen shows: a child sees only their own missions, and nothing scheduled.
 * `withDone: false` (Home's family card, which only counts what is to do) skips the done list.
 */
export async function listMissions(actorId: string, circleId: string, q: { childId?: string } = {}, { withDone = true } = {}): Promise<MissionListDto> {
  const f = await getFamilyAccessOrThrow(actorId, circleId);
  // The child looking at missions hears of one whose day has come, if the job has not
  // told them yet (they are in the app, so no push at night). Never fails the list.
  if (f.role === 'CHILD') {
    await announceStartedMissions({ circleId }).catch((err: unknown) => console.warn('[moa] mission notices failed:', (err as Error).message));
  }
  const day = today();
  const scope = { circleId, ...childScope(f, q.childId) };
  const missions = await db.mission.findMany({ where: { ...scope, ...liveMissions(day) }, orderBy: { createdAt: 'asc' } });
  const withRules = missions.map((m) => ({ m, id: m.id, rule: ruleOf(m) }));
  const [dueRuns, open, done] = await Promise.all([
    ensureDueRuns(withRules, day),
    db.missionRun.findMany({ where: { status: { in: ['SUBMITTED', 'REJECTED'] }, mission: { ...scope, deletedAt: null } }, include: { mission: true } }),
    withDone ? db.missionRun.findMany({ where: { status: 'APPROVED', mission: scope }, include: { mission: true }, orderBy: { decidedAt: 'desc' }, take: DONE_LIMIT }) : [],
  ]);
  const grapes = await grapesByRun(done.map((r) => r.id));
  const visible = (r: RunWithMission) => f.role === 'PARENT' || !isScheduled(ruleOf(r.mission), day);
  const todo = new Map<string, RunWithMission>();
  for (const r of [...dueRuns, ...open]) if ((r.status === 'TODO' || r.status === 'REJECTED') && visible(r)) todo.set(r.id, r);
  const approvedOneOffs = new Set(dueRuns.filter((r) => r.status === 'APPROVED').map((r) => r.missionId));
  const missionDtos = withRules.map(({ m }) => toMissionDto(m, day, approvedOneOffs.has(m.id)));
  const parent = f.role === 'PARENT';
  return {
    today: day,
    todo: [...todo.values()].map((r) => toRunDto(r, day)).sort(byDayThenTitle),
    awaiting: open
      .filter((r) => r.status === 'SUBMITTED' && visible(r))
      .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0))
      .map((r) => toRunDto(r, day)),
    done: done.map((r) => toRunDto(r, day, grapes.get(r.id))),
    scheduled: parent ? missionDtos.filter((m) => m.scheduled) : [],
    active: parent ? missionDtos.filter((m) => !m.scheduled && !m.finished) : [],
  };
}

function toRule(input: { startsOn: Day; dueOn: Day | null; repeat: ScheduleRule['repeat']; weekdays: number[] }): ScheduleRule {
  return { ...input, weekdays: normaliseWeekdays(input.repeat, input.weekdays) };
}

function assertSchedule(rule: ScheduleRule, day: Day, changed?: { start: boolean; due: boolean }) {
  const problem = scheduleProblem(rule, day, changed);
  if (problem) throw new AppError('validation_failed', problem);
}

const scheduleData = (rule: ScheduleRule) => ({
  startsOn: dayToDate(rule.startsOn),
  dueAt: rule.dueOn ? kstDayEnd(rule.dueOn) : null,
  repeat: rule.repeat,
  weekdays: rule.weekdays,
});

/** A parent sets a mission for a child of the family. */
export async function createMission(actorId: string, circleId: string, input: CreateMissionInput) {
  const f = await getFamilyAccessOrThrow(actorId, circleId);
  assertParent(f, 'missions.errors.onlyParents');
  assertChildOfFamily(f, input.childId);
  const day = today();
  const rule = toRule({ startsOn: input.startsOn ?? day, dueOn: input.dueOn ?? null, repeat: input.repeat, weekdays: input.weekdays });
  assertSchedule(rule, day);
  const { mission, run } = await db.$transaction(async (tx) => {
    const mission = await tx.mission.create({
      data: {
        circleId, childId: input.childId, createdById: actorId, title: input.title, description: input.description, reward: input.reward, ...scheduleData(rule),
        // Visible today: announced right below. Scheduled: on its start day (./assigned.ts).
        assignedNotifiedAt: isScheduled(rule, day) ? null : now(),
      },
    });
    // Today is acted on: its run exists from the start, so the event can carry it.
    const runDay = dueRunDay(rule, day);
    const run = runDay ? await tx.missionRun.create({ data: { missionId: mission.id, day: dayToDate(runDay) }, include: { mission: true } }) : null;
    return { mission, run };
  });
  const dto = toMissionDto(mission, day);
  const runDto = run ? toRunDto(run, day) : null;
  // A mission for a later day stays a surprise: the child hears of it when it appears.
  await afterCommit(publishMissionChanged(dto, runDto), ...(dto.scheduled ? [] : [notifyMission([mission.childId], 'assigned', dto)]));
  return { mission: dto, run: runDto };
}

/** Not deleted, in this family; a one-off that was approved can no longer change. */
async function editableMissionOrThrow(circleId: string, missionId: string) {
  const m = await db.mission.findFirst({ where: { id: missionId, circleId, deletedAt: null }, include: { runs: { where: { status: 'APPROVED' }, take: 1, select: { id: true } } } });
  if (!m) throw notFound();
  if (m.repeat === 'NONE' && m.runs.length) throw new AppError('conflict', 'missions.errors.alreadyApproved');
  return m;
}

/** Only while not approved: an approval between the read and the write wins (conditional update). */
const stillEditable: Prisma.MissionWhereInput = { deletedAt: null, NOT: { repeat: 'NONE', runs: { some: { status: 'APPROVED' } } } };

export async function updateMission(actorId: string, circleId: string, missionId: string, input: UpdateMissionInput) {
  const f = await getFamilyAccessOrThrow(actorId, circleId);
  assertParent(f, 'missions.errors.onlyParents');
  const m = await editableMissionOrThrow(circleId, missionId);
  const day = today();
  const old = ruleOf(m);
  const repeat = input.repeat ?? old.repeat;
  const rule = toRule({
    startsOn: input.startsOn === undefined ? old.startsOn : (input.startsOn ?? day),
    dueOn: input.dueOn === undefined ? old.dueOn : input.dueOn,
    repeat,
    weekdays: input.weekdays ?? (repeat === old.repeat ? old.weekdays : []),
  });
  assertSchedule(rule, day, { start: rule.startsOn !== old.startsOn, due: rule.dueOn !== old.dueOn });
  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.mission.updateMany({
      where: { id: missionId, circleId, ...stillEditable },
      data: {
        ...(input.title !== undefined && { title: input.title }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.reward !== undefined && { reward: input.reward }),
        ...scheduleData(rule),
        // Moved to a later day: the child hears of it again on that day.
        ...(isScheduled(rule, day) && { assignedNotifiedAt: null }),
      },
    });
    if (!count) throw new AppError('conflict', 'missions.errors.alreadyApproved');
    // A one-off's single run moves with its start day.
    if (m.repeat === 'NONE' && rule.repeat === 'NONE' && rule.startsOn !== old.startsOn) {
      await tx.missionRun.updateMany({ where: { missionId }, data: { day: dayToDate(rule.startsOn) } });
    }
    return tx.mission.findUniqueOrThrow({ where: { id: missionId } });
  });
  const dto = toMissionDto(updated, day);
  // Moved to today: the child hears of it now (once; a no-op otherwise).
  await afterCommit(publishMissionChanged(dto), announceStartedMissions({ circleId }));
  return { mission: dto };
}

/** Soft delete: approved runs stay in the history (and the calendar). */
export async function deleteMission(actorId: string, circleId: string, missionId: string) {
  const f = await getFamilyAccessOrThrow(actorId, circleId);
  assertParent(f, 'missions.errors.onlyParents');
  await editableMissionOrThrow(circleId, missionId);
  const { count } = await db.mission.updateMany({ where: { id: missionId, circleId, ...stillEditable }, data: { deletedAt: now() } });
  if (!count) throw new AppError('conflict', 'missions.errors.alreadyApproved');
  const dto: MissionDto = toMissionDto(await db.mission.findUniqueOrThrow({ where: { id: missionId } }), today());
  await afterCommit(publishMissionChanged(dto));
  return { mission: dto };
}

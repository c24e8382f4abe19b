// One mission on one day: the child marks it done (optionally with a photo), a parent
// approves it (grapes go to the child's board in the same transaction) or rejects it
// with a reason. Every step is a conditional update on the status, so racing taps
// (two parents approving, approve against reject) decide once and give grapes once.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import type { MissionRunStatus as Status } from '@/lib/generated/prisma/client';
import { assertParent } from '@/lib/circles/access';
import { getFamilyAccessOrThrow, type FamilyAccess } from './access';
import { ruleOf, toRunDto } from './dto';
import { notifyMission, publishMissionChanged } from './events';
import { giveMissionReward } from './grapes';
import { deleteMissionPhoto, missionPhotoResponse, storeMissionPhoto } from './photos';
import { dayToDate, dueRunDay, isScheduled, type Day } from './schedule';
import { afterCommit, grapesByRun, today } from './service';
import type { ApproveResultDto, MissionRunDto } from './schemas';

/** The mission, if the caller may see it: parents all, a child only their own that has started. */
async function visibleMissionOrThrow(f: FamilyAccess, missionId: string, opts: { deleted?: boolean } = {}) {
  const m = await db.mission.findFirst({ where: { id: missionId, circleId: f.circleId, ...(opts.deleted ? {} : { deletedAt: null }) } });
  if (!m) throw notFound();
  if (f.role === 'CHILD' && m.childId !== f.userId) throw new AppError('forbidden', 'missions.errors.notYourMission');
  // Until its start day, a mission does not exist for the child.
  if (f.role === 'CHILD' && isScheduled(ruleOf(m), today())) throw notFound();
  return m;
}

const runWhere = (missionId: string, day: Day) => ({ missionId_day: { missionId, day: dayToDate(day) } });

async function loadRun(missionId: string, day: Day) {
  return db.missionRun.findUniqueOrThrow({ where: runWhere(missionId, day), include: { mission: true } });
}

/** Why a step found the run in another state: said so a person knows what happened. */
function conflictFor(status: Status | undefined, step: 'submit' | 'decide'): AppError {
  if (status === 'APPROVED') return new AppError('conflict', 'missions.errors.alreadyApproved');
  if (status === 'REJECTED') return new AppError('conflict', 'missions.errors.alreadyRejected');
  if (status === 'SUBMITTED') return new AppError('conflict', 'missions.errors.alreadySubmitted');
  return step === 'submit' ? new AppError('conflict', 'missions.errors.notDue') : new AppError('conflict', 'missions.errors.notSubmitted');
}

/** The assigned child marks a run done; a photo (already read from the request) is optional. */
/** `readPhoto` reads the upload; it is called only after every check (the body stays unread for outsiders). */
export async function submitRun(actorId: string, circleId: string, missionId: string, day: Day, readPhoto?: () => Promise<Uint8Array>) {
  const f = await getFamilyAccessOrThrow(actorId, circleId);
  const m = await visibleMissionOrThrow(f, missionId);
  if (m.childId !== actorId) throw new AppError('forbidden', 'missions.errors.onlyChildSubmits');
  const existing = await db.missionRun.findUnique({ where: runWhere(missionId, day), select: { status: true, photoKey: true } });
  // Today's run may not exist yet (acting on it creates it); other days only if a run is there.
  if (!existing && dueRunDay(ruleOf(m), today()) !== day) throw conflictFor(undefined, 'submit');
  if (existing && existing.status !== 'TODO' && existing.status !== 'REJECTED') throw conflictFor(existing.status, 'submit');
  const photoKey = readPhoto ? await storeMissionPhoto(circleId, missionId, day, await readPhoto()) : null;
  const at = now();
  const count = await db.$transaction(async (tx) => {
    await tx.missionRun.createMany({ data: [{ missionId, day: dayToDate(day) }], skipDuplicates: true });
    const r = await tx.missionRun.updateMany({
      where: { missionId, day: dayToDate(day), status: { in: ['TODO', 'REJECTED'] }, mission: { deletedAt: null } },
      data: { status: 'SUBMITTED', submittedAt: at, photoKey, decidedAt: null, decidedById: null },
    });
    return r.count;
  });
  if (!count) {
    await deleteMissionPhoto(photoKey);
    throw conflictFor((await db.missionRun.findUnique({ where: runWhere(missionId, day) }))?.status, 'submit');
  }
  const [row, child] = await Promise.all([loadRun(missionId, day), db.user.findUnique({ where: { id: actorId }, select: { displayName: true } })]);
  const run = toRunDto(row, today());
  await afterCommit(
    existing?.photoKey ? deleteMissionPhoto(existing.photoKey) : Promise.resolve(),
    publishMissionChanged(run.mission, run),
    notifyMission(f.parentIds, 'submitted', run.mission, { name: child?.displayName ?? '' }),
  );
  return { run };
}

/** A parent approves: the status changes and the reward reaches the board in one transaction. */
export async function approveRun(actorId: string, circleId: string, missionId: string, day: Day): Promise<ApproveResultDto> {
  const f = await getFamilyAccessOrThrow(actorId, circleId);
  assertParent(f, 'missions.errors.onlyParentsDecide');
  const m = await visibleMissionOrThrow(f, missionId);
  const reward = await db.$transaction(async (tx) => {
    const { count } = await tx.missionRun.updateMany({
      where: { missionId, day: dayToDate(day), status: 'SUBMITTED', mission: { circleId, deletedAt: null } },
      data: { status: 'APPROVED', decidedAt: now(), decidedById: actorId, rejectReason: null },
    });
    if (!count) return null;
    const run = await tx.missionRun.findUniqueOrThrow({ where: runWhere(missionId, day), select: { id: true } });
    return giveMissionReward(tx, { circleId, childId: m.childId, reward: m.reward, actorId, missionRunId: run.id });
  });
  if (!reward) throw conflictFor((await db.missionRun.findUnique({ where: runWhere(missionId, day) }))?.status, 'decide');
  const row = await loadRun(missionId, day);
  const run = toRunDto(row, today(), (await grapesByRun([row.id])).get(row.id));
  // With grapes, the notification leads to the board, where the child attaches them.
  const notice = reward.given
    ? notifyMission([m.childId], 'approved', run.mission, { grapes: reward.given }, `/circles/${circleId}/board`)
    : notifyMission([m.childId], 'approvedNoBoard', run.mission);
  await afterCommit(reward.afterCommit(), publishMissionChanged(run.mission, run), notice);
  return { run, grapesGiven: reward.given, shortfall: reward.shortfall };
}

/** A parent sends it back with a reason; the child can do it again and resubmit. */
export async function rejectRun(actorId: string, circleId: string, missionId: string, day: Day, reason: string) {
  const f = await getFamilyAccessOrThrow(actorId, circleId);
  assertParent(f, 'missions.errors.onlyParentsDecide');
  const m = await visibleMissionOrThrow(f, missionId);
  const { count } = await db.missionRun.updateMany({
    where: { missionId, day: dayToDate(day), status: 'SUBMITTED', mission: { circleId, deletedAt: null } },
    data: { status: 'REJECTED', rejectReason: reason, decidedAt: now(), decidedById: actorId },
  });
  if (!count) throw conflictFor((await db.missionRun.findUnique({ where: runWhere(missionId, day) }))?.status, 'decide');
  const run: MissionRunDto = toRunDto(await loadRun(missionId, day), today());
  await afterCommit(publishMissionChanged(run.mission, run), notifyMission([m.childId], 'rejected', run.mission, { reason }));
  return { run };
}

/** A run's photo, for the family's parents and the child it belongs to. */
export async function runPhotoResponse(actorId: string, circleId: string, missionId: string, day: Day, variant: 'original' | 'thumb') {
  const f = await getFamilyAccessOrThrow(actorId, circleId);
  await visibleMissionOrThrow(f, missionId, { deleted: true });
  const run = await db.missionRun.findUnique({ where: runWhere(missionId, day), select: { photoKey: true } });
  if (!run?.photoKey) throw notFound();
  return missionPhotoResponse(run.photoKey, variant);
}


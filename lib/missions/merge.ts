// Folding a mission event (or a mutation's answer) into the cached lists, so open
// screens update without asking the server again. The event carries the same DTOs the
// GET returns; a run is placed by its status, a mission by whether it is scheduled.
import type { MissionDto, MissionListDto, MissionRunDto } from './schemas';

export interface Viewer {
  role: 'PARENT' | 'CHILD';
  userId: string;
}

const DONE_LIMIT = 50;
const byCreated = (a: MissionDto, b: MissionDto) => a.createdAt.localeCompare(b.createdAt);
const byDay = (a: MissionRunDto, b: MissionRunDto) => a.day.localeCompare(b.day) || byCreated(a.mission, b.mission);
const bySubmitted = (a: MissionRunDto, b: MissionRunDto) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '');

function placeRun(list: MissionListDto, run: MissionRunDto): MissionListDto {
  const without = (xs: MissionRunDto[]) => xs.filter((r) => r.id !== run.id);
  const next = { ...list, todo: without(list.todo), awaiting: without(list.awaiting), done: without(list.done) };
  if (run.mission.deleted && run.status !== 'APPROVED') return next;
  if (run.status === 'SUBMITTED') next.awaiting = [...next.awaiting, run].sort(bySubmitted);
  else if (run.status === 'APPROVED') next.done = [run, ...next.done].slice(0, DONE_LIMIT);
  else if (run.status === 'REJECTED' || run.day <= list.today) next.todo = [...next.todo, run].sort(byDay);
  return next;
}

function placeMission(list: MissionListDto, m: MissionDto, viewer: Viewer): MissionListDto {
  const withMission = (xs: MissionRunDto[]) => xs.map((r) => (r.missionId === m.id ? { ...r, mission: { ...m, locked: r.mission.locked, finished: r.mission.finished } } : r));
  const open = (xs: MissionRunDto[]) => (m.deleted ? xs.filter((r) => r.missionId !== m.id) : withMission(xs));
  const others = (xs: MissionDto[]) => xs.filter((x) => x.id !== m.id);
  const parent = viewer.role === 'PARENT' && !m.deleted;
  return {
    ...list,
    todo: open(list.todo),
    awaiting: open(list.awaiting),
    done: withMission(list.done),
    scheduled: parent && m.scheduled ? [...others(list.scheduled), m].sort(byCreated) : others(list.scheduled),
    active: parent && !m.scheduled && !m.finished ? [...others(list.active), m].sort(byCreated) : others(list.active),
  };
}

/**
 * The lists with the change applied, or null when the screen should refetch (a mission
 * still scheduled travels without its content). A child's screen ignores other children.
 */
export function mergeMissionChange(list: MissionListDto, change: { mission: MissionDto | null; run: MissionRunDto | null }, viewer: Viewer): MissionListDto | null {
  const mission = change.run?.mission ?? change.mission;
  if (!mission) return null;
  if (viewer.role === 'CHILD' && mission.childId !== viewer.userId) return list;
  let next = change.mission ? placeMission(list, change.mission, viewer) : list;
  if (change.run) next = placeRun(next, change.run);
  return next;
}

/**
 * The running missions a parent's 진행 중인 미션 list shows: a one-off whose only run waits
 * for approval already shows under 승인 기다리는 중 (once is enough); it comes back here
 * if the run is rejected.
 */
export function runningMissions(list: Pick<MissionListDto, 'active' | 'awaiting'>): MissionDto[] {
  const waiting = new Set(list.awaiting.map((r) => r.missionId));
  return list.active.filter((m) => m.repeat !== 'NONE' || !waiting.has(m.id));
}

/** A status line about one run (e.g. "sent to your parents") holds while the run keeps that status. */
export interface RunStatusNote {
  runId: string;
  status: MissionRunDto['status'];
}

export function noteStillTrue(list: Pick<MissionListDto, 'todo' | 'awaiting' | 'done'>, note: RunStatusNote | undefined): boolean {
  if (!note) return true;
  const run = [...list.todo, ...list.awaiting, ...list.done].find((r) => r.id === note.runId);
  return run?.status === note.status;
}

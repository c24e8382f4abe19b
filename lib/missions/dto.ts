// Rows to the shapes the missions API returns (and events carry).
import type { Mission, MissionRun } from '@/lib/generated/prisma/client';
import { dateToDay, isFinished, isScheduled, nextOccurrence, type Day, type ScheduleRule } from './schedule';
import type { MissionDto, MissionRunDto } from './schemas';

export type RunWithMission = MissionRun & { mission: Mission };

export function ruleOf(m: Pick<Mission, 'startsOn' | 'dueAt' | 'repeat' | 'weekdays' | 'createdAt'>): ScheduleRule {
  return {
    // Stored for every mission this code creates; an older row starts on its creation day.
    startsOn: m.startsOn ? dateToDay(m.startsOn) : dateToDay(m.createdAt),
    dueOn: dueDayOf(m.dueAt),
    repeat: m.repeat,
    weekdays: m.weekdays,
  };
}

/** dueAt holds the last moment of the due day in Korea; its Korean day is the due day. */
export function dueDayOf(dueAt: Date | null): Day | null {
  return dueAt ? dateToDay(new Date(dueAt.getTime() + 9 * 60 * 60 * 1000)) : null;
}

/** `approved`: a one-off whose single run was approved (so it is finished and locked). */
export function toMissionDto(m: Mission, today: Day, approved = false): MissionDto {
  const rule = ruleOf(m);
  const locked = m.repeat === 'NONE' && approved;
  return {
    id: m.id,
    circleId: m.circleId,
    childId: m.childId,
    title: m.title,
    description: m.description,
    reward: m.reward,
    startsOn: rule.startsOn,
    dueOn: rule.dueOn,
    repeat: m.repeat,
    weekdays: m.weekdays,
    scheduled: isScheduled(rule, today),
    finished: locked || isFinished(rule, today),
    locked,
    deleted: !!m.deletedAt,
    nextOn: locked ? null : nextOccurrence(rule, today),
    createdAt: m.createdAt.toISOString(),
  };
}

export function photoUrls(r: Pick<MissionRun, 'missionId' | 'day' | 'photoKey'>, circleId: string) {
  if (!r.photoKey) return null;
  const url = `/api/families/${circleId}/missions/${r.missionId}/runs/${dateToDay(r.day)}/photo`;
  return { url, thumbUrl: `${url}?variant=thumb` };
}

export function toRunDto(r: RunWithMission, today: Day, grapes?: number): MissionRunDto {
  return {
    id: r.id,
    missionId: r.missionId,
    day: dateToDay(r.day),
    status: r.status,
    photo: photoUrls(r, r.mission.circleId),
    rejectReason: r.rejectReason,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    grapesGiven: r.status === 'APPROVED' ? (grapes ?? 0) : null,
    mission: toMissionDto(r.mission, today, r.status === 'APPROVED'),
  };
}

// What the missions domain publishes, always after the write committed: the same DTOs
// the GET route returns, to the people the GET shows them to (the child and the parents,
// on their user channels; never to siblings). A mission that starts on a later day
// travels without its content, so a child's screen cannot learn it early.
import { publishToChildAndParents } from '@/lib/board/events';
import { translator } from '@/lib/i18n/messages';
import { notify, type NotifyInput } from '@/lib/notifications/service';
import type { Locale } from '@/lib/i18n/config';
import type { MissionDto, MissionEventDto, MissionRunDto } from './schemas';

export const MISSION_EVENT = 'mission-changed';

export function publishMissionChanged(mission: MissionDto, run: MissionRunDto | null = null) {
  const hidden = mission.scheduled;
  const event: MissionEventDto = {
    circleId: mission.circleId,
    missionId: mission.id,
    childId: mission.childId,
    mission: hidden ? null : mission,
    run: hidden ? null : run,
  };
  return publishToChildAndParents(mission.childId, MISSION_EVENT, event);
}

type NoticeKind = 'assigned' | 'submitted' | 'approved' | 'approvedNoBoard' | 'rejected';

/**
 * Tell the family about a mission step, each person in their own language.
 * assigned/approved/rejected go to the child; submitted to the parents.
 */
export function notifyMission(userIds: string[], kind: NoticeKind, mission: MissionDto, values: Record<string, string | number> = {}, url = `/circles/${mission.circleId}/missions`) {
  return notify(userIds, missionNotice(kind, mission, values, url));
}

/** The notification for a mission step, each recipient's text in their own language. */
export function missionNotice(kind: NoticeKind, mission: Pick<MissionDto, 'title' | 'reward' | 'circleId'>, values: Record<string, string | number> = {}, url = `/circles/${mission.circleId}/missions`): NotifyInput {
  const all = { title: mission.title, reward: mission.reward, ...values };
  const text = (part: 'title' | 'body') => (locale: Locale) =>
    (translator(locale) as unknown as (k: string, v: Record<string, string | number>) => string)(`missions.notify.${kind}.${part}`, all);
  return { kind: 'mission', title: text('title'), body: text('body'), url };
}

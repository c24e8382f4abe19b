'use client';

import { useLocale, useTranslations } from 'use-intl';
import { dayOfMonthLabel } from '@/lib/i18n/datetime';
import type { MissionDto } from '@/lib/missions/schemas';

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * A Korean day as people read it ("3월 5일 (목)"); the day is already a Korea date. Spelled
 * by lib/i18n/datetime, not Intl: no ICU formatter to build on a phone's first render, and
 * the server's render reads the same.
 */
export function useDayLabel() {
  const locale = useLocale();
  return (day: string) => dayOfMonthLabel(day, locale);
}

/** Reward, repetition and dates of a mission, as small chips. */
export function MissionMeta({ mission, today }: { mission: MissionDto; today?: string }) {
  const t = useTranslations('missions');
  const day = useDayLabel();
  const chips: string[] = [t('meta.reward', { count: mission.reward })];
  if (mission.repeat === 'DAILY') chips.push(t('meta.daily'));
  if (mission.repeat === 'WEEKLY') chips.push(t('meta.weekly', { days: mission.weekdays.map((d) => t(`weekdays.${WEEKDAY_KEYS[d]}`)).join('·') }));
  if (mission.scheduled) chips.push(t('meta.startsOn', { date: day(mission.startsOn) }));
  if (mission.dueOn) chips.push(t(mission.repeat === 'NONE' ? 'meta.due' : 'meta.until', { date: day(mission.dueOn) }));
  if (mission.repeat !== 'NONE' && mission.nextOn && mission.nextOn !== today && !mission.scheduled) chips.push(t('meta.next', { date: day(mission.nextOn) }));
  const overdue = mission.repeat === 'NONE' && !!mission.dueOn && !!today && mission.dueOn < today && !mission.finished;
  return (
    <ul className="flex flex-wrap gap-1.5 text-xs font-medium">
      {mission.scheduled && <li className="rounded-full bg-amber-100 px-2.5 py-1 text-amber-900">{t('meta.scheduledBadge')}</li>}
      {chips.map((c) => (
        <li key={c} className="rounded-full bg-grape-50 px-2.5 py-1 text-grape-800">{c}</li>
      ))}
      {overdue && <li className="rounded-full bg-red-50 px-2.5 py-1 text-red-800">{t('meta.overdue')}</li>}
    </ul>
  );
}

// Mission dates as pure rules on Korean calendar days ('YYYY-MM-DD', Asia/Seoul, no
// daylight saving). A run exists for a (mission, day) only when these rules say the
// mission falls on that day; nothing here reads the clock.

export type Day = string;
export type Repeat = 'NONE' | 'DAILY' | 'WEEKLY';

export interface ScheduleRule {
  /** First day the child sees the mission. */
  startsOn: Day;
  /** One-off: the deadline. Repeating: the last day it repeats. */
  dueOn: Day | null;
  repeat: Repeat;
  /** WEEKLY only: 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
}

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Korean calendar day an instant falls on. */
export function kstDay(at: Date): Day {
  return new Date(at.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A day as PostgreSQL DATE columns travel (UTC midnight). */
export const dayToDate = (day: Day) => new Date(`${day}T00:00:00.000Z`);
export const dateToDay = (d: Date): Day => d.toISOString().slice(0, 10);

export const addDays = (day: Day, n: number): Day => dateToDay(new Date(dayToDate(day).getTime() + n * DAY_MS));
export const weekdayOf = (day: Day) => dayToDate(day).getUTCDay();

/** The instant a Korean day starts, and the last millisecond of it. */
export const kstDayStart = (day: Day) => new Date(dayToDate(day).getTime() - KST_OFFSET_MS);
export const kstDayEnd = (day: Day) => new Date(kstDayStart(day).getTime() + DAY_MS - 1);

/** Does the mission produce a run on this day? A one-off has exactly one: its start day. */
export function occursOn(rule: ScheduleRule, day: Day): boolean {
  if (day < rule.startsOn) return false;
  if (rule.repeat === 'NONE') return day === rule.startsOn;
  if (rule.dueOn && day > rule.dueOn) return false;
  return rule.repeat === 'DAILY' || rule.weekdays.includes(weekdayOf(day));
}

/**
 * The run the child should be doing today: a one-off's single run from its start day
 * on (until it is approved), or today's run of a repeating mission when today is one
 * of its days. Null before the start day and on days it does not fall on.
 */
export function dueRunDay(rule: ScheduleRule, today: Day): Day | null {
  if (today < rule.startsOn) return null;
  if (rule.repeat === 'NONE') return rule.startsOn;
  return occursOn(rule, today) ? today : null;
}

/** Not yet visible to the child: it starts on a later day. */
export const isScheduled = (rule: ScheduleRule, today: Day) => today < rule.startsOn;

/** A repeating mission whose last day has passed produces no more runs. */
export const isFinished = (rule: ScheduleRule, today: Day) => rule.repeat !== 'NONE' && rule.dueOn !== null && rule.dueOn < today;

/** The next day on or after `from` that the mission falls on (null if none is left). */
export function nextOccurrence(rule: ScheduleRule, from: Day): Day | null {
  const start = from > rule.startsOn ? from : rule.startsOn;
  if (rule.repeat === 'NONE') return start === rule.startsOn ? start : null;
  for (let i = 0; i < 7; i++) {
    const day = addDays(start, i);
    if (occursOn(rule, day)) return day;
  }
  return null;
}

/**
 * Why a schedule cannot be saved (a message key), or null when it is fine. On an edit,
 * a start or due day that was not changed may already lie in the past.
 */
export function scheduleProblem(rule: ScheduleRule, today: Day, changed = { start: true, due: true }): string | null {
  if (changed.start && rule.startsOn < today) return 'missions.validation.startInPast';
  if (rule.dueOn && rule.dueOn < rule.startsOn) return 'missions.validation.dueBeforeStart';
  if (changed.due && rule.dueOn && rule.dueOn < today) return 'missions.validation.dueInPast';
  if (rule.repeat === 'WEEKLY' && rule.weekdays.length === 0) return 'missions.validation.weekdaysRequired';
  if (rule.repeat === 'WEEKLY' && !nextOccurrence(rule, rule.startsOn)) return 'missions.validation.noDayLeft';
  return null;
}

/** Weekdays as stored: unique and sorted; only WEEKLY keeps any. */
export function normaliseWeekdays(repeat: Repeat, weekdays: number[]): number[] {
  return repeat === 'WEEKLY' ? [...new Set(weekdays)].sort((a, b) => a - b) : [];
}

/** The days of a month 'YYYY-MM': first and last, and the weekday of the first. */
export function monthRange(month: string) {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number);
  const last = dateToDay(new Date(Date.UTC(y, m, 0)));
  return { first, last, daysInMonth: Number(last.slice(8)), firstWeekday: weekdayOf(first) };
}

/** The month before or after 'YYYY-MM'. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

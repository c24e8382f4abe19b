// Couple date rules on Korean calendar days ('YYYY-MM-DD'): days together, D-Day labels,
// the automatic anniversaries and birthdays. Pure: callers pass today (from the clock).
import { addDays, dateToDay, dayToDate, type Day } from '@/lib/missions/schedule';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `a` to `b` (negative when b is earlier). */
export const daysBetween = (a: Day, b: Day) => Math.round((dayToDate(b).getTime() - dayToDate(a).getTime()) / DAY_MS);

/** Korean couples count the first day as day 1: "함께한 지 1일" on the start date. */
export const daysTogether = (start: Day, today: Day) => daysBetween(start, today) + 1;

/** "D-12" before, "D-Day" on the day, "D+3" after. */
export function dDayLabel(day: Day, today: Day): string {
  const n = daysBetween(today, day);
  if (n === 0) return 'D-Day';
  return n > 0 ? `D-${n}` : `D+${-n}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The same month and day in another year; 29 Feb becomes 28 Feb in a common year. */
export function sameDayInYear(day: Day, year: number): Day {
  const md = day.slice(5);
  const y = String(year).padStart(4, '0');
  if (md === '02-29' && !isLeap(year)) return `${y}-02-28`;
  return `${y}-${md}`;
}

export type AnniversaryKind = 'days' | 'years' | 'birthday';
export interface Anniversary {
  day: Day;
  kind: AnniversaryKind;
  /** 100, 200 … for days; 1, 2 … for years; the person's id for birthdays. */
  n: number;
  userId?: string;
}

/**
 * Anniversaries of a start date falling in [from, to]: every 100 days up to 10,000
 * (day N is start + N − 1, since the start is day 1) and every year (1주년 …).
 */
export function anniversariesBetween(start: Day, from: Day, to: Day): Anniversary[] {
  const out: Anniversary[] = [];
  const first = Math.max(1, Math.ceil((daysBetween(start, from) + 1) / 100));
  for (let k = first; k <= 100; k++) {
    const day = addDays(start, k * 100 - 1);
    if (day > to) break;
    if (day >= from) out.push({ day, kind: 'days', n: k * 100 });
  }
  const startYear = Number(start.slice(0, 4));
  for (let y = Math.max(startYear + 1, Number(from.slice(0, 4))); y <= Number(to.slice(0, 4)); y++) {
    const day = sameDayInYear(start, y);
    if (day >= from && day <= to) out.push({ day, kind: 'years', n: y - startYear });
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || a.kind.localeCompare(b.kind));
}

/** A birthday's occurrences in [from, to] (at most a few years are asked for). */
export function birthdaysBetween(birthday: Day, userId: string, from: Day, to: Day): Anniversary[] {
  const out: Anniversary[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const day = sameDayInYear(birthday, y);
    if (day >= from && day <= to && y >= Number(birthday.slice(0, 4))) out.push({ day, kind: 'birthday', n: y - Number(birthday.slice(0, 4)), userId });
  }
  return out;
}

export { dateToDay, dayToDate };

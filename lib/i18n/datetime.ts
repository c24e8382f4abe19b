// Dates and times in Korea time, spelled the same by every runtime.
//
// Intl.DateTimeFormat takes its words and patterns from the runtime's ICU data, and the
// server's and the browser's differ: Node 24 (ICU 78) writes a Korean time as "PM 2:07",
// Chromium as "오후 2:07". A server-rendered page whose text the browser then computes
// differently fails hydration (React error 418) and React renders the whole page again on
// the phone, which was most of a room's first-load work. These few forms are built here from
// the Seoul wall-clock fields, with the locale's calendar words (locale data, like ICU's,
// not interface copy), so the server and every browser write the same characters.
import { weekdayOf } from '@/lib/missions/schedule';
import type { Locale } from './config';

type Words = { am: string; pm: string; weekdays: readonly string[]; months: readonly string[]; shortMonths: readonly string[] };

const WORDS: Record<Locale, Words> = {
  ko: { am: '오전', pm: '오후', weekdays: ['일', '월', '화', '수', '목', '금', '토'], months: [], shortMonths: [] },
  en: {
    am: 'AM',
    pm: 'PM',
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

const SEOUL_OFFSET_MS = 9 * 3600_000; // Korea has no daylight saving time

/** The Seoul wall-clock fields of an instant. */
export function seoulFields(iso: string | Date) {
  const d = new Date(new Date(iso).getTime() + SEOUL_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const words = (locale: string) => WORDS[locale === 'ko' ? 'ko' : 'en'];

/** "오후 2:07" / "2:07 PM". */
export function seoulTime(iso: string | Date, locale: string) {
  const { hour, minute } = seoulFields(iso);
  const w = words(locale);
  const clock = `${hour % 12 || 12}:${String(minute).padStart(2, '0')}`;
  const period = hour < 12 ? w.am : w.pm;
  return locale === 'ko' ? `${period} ${clock}` : `${clock} ${period}`;
}

/** "2026년 3월 1일 (일)" / "Sun, March 1, 2026". */
export function seoulDay(iso: string | Date, locale: string) {
  const { year, month, day, weekday } = seoulFields(iso);
  const w = words(locale);
  return locale === 'ko' ? `${year}년 ${month}월 ${day}일 (${w.weekdays[weekday]})` : `${w.weekdays[weekday]}, ${w.months[month - 1]} ${day}, ${year}`;
}

/** "2월 20일" / "Feb 20". */
export function seoulMonthDay(iso: string | Date, locale: string) {
  const { month, day } = seoulFields(iso);
  return locale === 'ko' ? `${month}월 ${day}일` : `${words(locale).shortMonths[month - 1]} ${day}`;
}

/** Sunday-first short weekday names: "일"…"토" / "Sun"…"Sat". */
export function weekdayNames(locale: string): readonly string[] {
  return words(locale).weekdays;
}

/** A calendar day "YYYY-MM-DD" (no time zone): "3월 1일 (일)" / "Sun, March 1". */
export function dayOfMonthLabel(day: string, locale: string) {
  const [, m, d] = day.split('-').map(Number);
  const w = words(locale);
  const weekday = w.weekdays[weekdayOf(day)];
  return locale === 'ko' ? `${m}월 ${d}일 (${weekday})` : `${weekday}, ${w.months[m - 1]} ${d}`;
}

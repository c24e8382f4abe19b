// The day and start time of the show. Korean tickets write the day as 2026.12.06(일),
// 2026년 12월 6일, 26.12.06, 12/06 or 2026-12-06 and the time as 19:30, 오후 7시 30분
// or 19시 30분. A day without a year takes the year that puts it nearest the scan
// (mostly just before), and a printed weekday that disagrees with the date lowers
// the score: one digit was probably misread. Booking and printing dates are skipped.
import { clamp01, digitsConfidence, labelFactor, withAgreement, type Candidate } from './fields';
import type { Row } from './rows';
import { numeric } from './text';

const WEEKDAYS = '일월화수목금토';
const SHOW_LABELS = ['관람일', '공연일', '일시', '날짜', '상영일', '관람', '공연', '상영', '일정'];
const OTHER_LABELS = ['예매', '발권', '발행', '결제', '구매', '취소', '출력', '인쇄', '유효기간'];

const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;

function real(y: number, m: number, d: number): Date | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t : null;
}

/** The weekday written just after a match, "(일)" or "일요일", if any. */
function weekdayAfter(text: string, end: number): number | null {
  const m = /^\s*[([]?\s*([일월화수목금토])(?:요일)?\s*[)\]]?/.exec(text.slice(end, end + 8));
  return m ? WEEKDAYS.indexOf(m[1]) : null;
}

/** For a day without a year: the year that puts it within ~10 months before to ~2 months after `today`. */
function guessYear(m: number, d: number, today: Date, weekday: number | null): { date: Date; sure: boolean } | null {
  const options = [-1, 0, 1]
    .map((k) => real(today.getUTCFullYear() + k, m, d))
    .filter((x): x is Date => !!x)
    .map((date) => ({ date, off: (date.getTime() - today.getTime()) / DAY }))
    .filter(({ off }) => off > -310 && off < 70);
  const matching = weekday === null ? options : options.filter((o) => o.date.getUTCDay() === weekday);
  const pickFrom = matching.length ? matching : options;
  if (!pickFrom.length) return null;
  pickFrom.sort((a, b) => Math.abs(a.off + 20) - Math.abs(b.off + 20));
  return { date: pickFrom[0].date, sure: weekday !== null && matching.length > 0 };
}

interface DatePattern { re: RegExp; base: number; read: (m: RegExpExecArray) => [number | null, number, number] }
const DATE_PATTERNS: DatePattern[] = [
  // 2026.12.06 2026-12-06 2026/12/06 2026년 12월 6일, and 20261206 / 2026.1206 when OCR ate a dot.
  // (월 as the Korean model sometimes reads it: 윌.)
  { re: /(?<!\d)(20\d{2})\s*(?:[.\-/]|년)\s*(\d{1,2})\s*(?:[.\-/]|[월윌])\s*(\d{1,2})(?!\d)\s*일?/g, base: 0.95, read: (m) => [+m[1], +m[2], +m[3]] },
  { re: /(?<!\d)(20\d{2})[.\-/]?(\d{2})[.\-/]?(\d{2})(?!\d)/g, base: 0.6, read: (m) => [+m[1], +m[2], +m[3]] },
  // 26.12.06
  { re: /(?<![\d.])(\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.])/g, base: 0.8, read: (m) => [2000 + +m[1], +m[2], +m[3]] },
  // 26,12.06 / 26.12,06: a dot read as a comma (never a price: those group by three).
  { re: /(?<![\d.,])(\d{2})(?:,(\d{1,2})\.|\.(\d{1,2}),)(\d{1,2})(?![\d.,])/g, base: 0.6, read: (m) => [2000 + +m[1], +(m[2] ?? m[3]), +m[4]] },
  // 12월 6일, 12/06 (no year)
  { re: /(?<!\d)(\d{1,2})\s*[월윌]\s*(\d{1,2})\s*일/g, base: 0.8, read: (m) => [null, +m[1], +m[2]] },
  { re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g, base: 0.55, read: (m) => [null, +m[1], +m[2]] },
];

/**
 * Each match of the patterns (tried in order) in each row's numeric text. A match claims
 * its text even when it turns out impossible ("오후 13시", "2026.13.01"), so a looser
 * pattern does not read a piece of it again.
 */
function* matches<P extends { re: RegExp }>(rows: Row[], patterns: P[]) {
  for (const row of rows) {
    const text = numeric(row.text);
    const taken: [number, number][] = [];
    for (const p of patterns) {
      for (const m of text.matchAll(p.re)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        yield { row, text, p, m: m as RegExpExecArray, start, end };
      }
    }
  }
}

export function dateCandidates(rows: Row[], today: Date): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  for (const { row, text, p, m, end } of matches(rows, DATE_PATTERNS)) {
    const [y, mo, d] = p.read(m);
    const weekday = weekdayAfter(text, end);
    let date: Date | null;
    let score = p.base;
    if (y === null) {
      const g = guessYear(mo, d, today, weekday);
      date = g?.date ?? null;
      // A slash pair needs a weekday or a time beside it to be a date at all.
      if (p.base < 0.6 && weekday === null && !/\d{1,2}:\d{2}/.test(text)) score *= 0.5;
      if (g?.sure) score = Math.min(0.95, score + 0.15);
    } else {
      date = real(y, mo, d);
      if (date && weekday !== null) score *= date.getUTCDay() === weekday ? 1.1 : 0.55;
    }
    if (!date || date.getUTCFullYear() < 2000) continue;
    // A date years away from the scan is more likely a misread (or a birth date).
    const years = Math.abs(date.getTime() - today.getTime()) / (365 * DAY);
    if (years > 2) score *= 0.6;
    score *= labelFactor(row, SHOW_LABELS, OTHER_LABELS) * digitsConfidence(row, m[0]);
    const value = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    out.push({ value, score: clamp01(score), row });
  }
  return out;
}

export function findDate(rows: Row[], today: Date): Candidate<string> | null {
  return withAgreement(dateCandidates(rows, today));
}

interface TimePattern { re: RegExp; base: number; read: (m: RegExpExecArray) => [number, number] | null }
const TIME_PATTERNS: TimePattern[] = [
  { re: /(오전|오후|낮|밤|저녁|AM|PM|am|pm)\s*(\d{1,2})\s*(?:시|:)\s*(?:(\d{1,2})\s*분?)?/g, base: 0.9, read: (m) => {
    let h = +m[2];
    if (h > 12) return null;
    if (/오후|밤|저녁|PM|pm/.test(m[1]) && h < 12) h += 12;
    if (/오전|AM|am/.test(m[1]) && h === 12) h = 0;
    if (m[1] === '낮' && h < 6) h += 12;
    return [h, m[3] ? +m[3] : 0];
  } },
  { re: /(?<![\d.:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g, base: 0.9, read: (m) => [+m[1], +m[2]] },
  // 19.30 ~ 21.45 (a colon read as a dot), only as the start of a range.
  { re: /(?<![\d.:])([01]?\d|2[0-3])[.]([0-5]\d)(?=\s*[~-])/g, base: 0.6, read: (m) => [+m[1], +m[2]] },
  { re: /(?<![\d.:])([01]?\d|2[0-3])\s*시(?:\s*([0-5]?\d)\s*분)?/g, base: 0.75, read: (m) => [+m[1], m[2] ? +m[2] : 0] },
];

/** Times; a time on the show date's row (or the one right after it) counts most. */
export function timeCandidates(rows: Row[], dateRow: Row | null): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  for (const { row, text, p, m, start } of matches(rows, TIME_PATTERNS)) {
    const hm = p.read(m);
    if (!hm || hm[0] > 23 || hm[1] > 59) continue;
    let score = p.base * labelFactor(row, SHOW_LABELS, OTHER_LABELS) * digitsConfidence(row, m[0]);
    // The time of a range's end is not the start.
    if (/^\s*$/.test(text.slice(0, start)) === false && /[~-]\s*$/.test(text.slice(0, start))) score *= 0.3;
    if (dateRow) {
      const gap = Math.abs(row.index - dateRow.index);
      score *= gap === 0 ? 1.15 : gap === 1 ? 1 : gap <= 3 ? 0.75 : 0.5;
    }
    // A clock alone on the top row is a phone's status bar.
    if (row.index === 0 && text.trim().length <= 6) score *= 0.4;
    out.push({ value: `${pad(hm[0])}:${pad(hm[1])}`, score: clamp01(score), row });
  }
  return out;
}

export function findTime(rows: Row[], dateRow: Row | null): Candidate<string> | null {
  return withAgreement(timeCandidates(rows, dateRow));
}

import { describe, expect, it } from 'vitest';
import { dayOfMonthLabel, seoulDay, seoulFields, seoulMonthDay, seoulTime, weekdayNames } from './datetime';

describe('Korea-time labels, the same in every runtime', () => {
  it('writes the time of day on the Seoul clock', () => {
    expect(seoulTime('2026-03-01T05:07:00.000Z', 'ko')).toBe('오후 2:07');
    expect(seoulTime('2026-03-01T05:07:00.000Z', 'en')).toBe('2:07 PM');
    expect(seoulTime('2026-03-01T15:30:00.000Z', 'ko')).toBe('오전 12:30'); // 00:30 the next day
    expect(seoulTime('2026-03-01T15:30:00.000Z', 'en')).toBe('12:30 AM');
    expect(seoulTime('2026-03-01T03:00:00.000Z', 'ko')).toBe('오후 12:00'); // noon
    expect(seoulTime('2026-03-01T02:59:00.000Z', 'en')).toBe('11:59 AM');
  });

  it('writes days by the Seoul calendar date, across the UTC day line and year end', () => {
    expect(seoulFields('2026-02-28T16:00:00.000Z')).toMatchObject({ year: 2026, month: 3, day: 1, weekday: 0 });
    expect(seoulDay('2026-02-28T16:00:00.000Z', 'ko')).toBe('2026년 3월 1일 (일)');
    expect(seoulDay('2026-02-28T16:00:00.000Z', 'en')).toBe('Sun, March 1, 2026');
    expect(seoulDay('2026-12-31T15:00:00.000Z', 'ko')).toBe('2027년 1월 1일 (금)');
    expect(seoulMonthDay('2026-02-20T05:07:00.000Z', 'ko')).toBe('2월 20일');
    expect(seoulMonthDay('2026-02-20T05:07:00.000Z', 'en')).toBe('Feb 20');
  });

  it('agrees with ICU on the calendar fields it prints', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 3600_000 + 11 * 60_000) {
      const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Seoul', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(t)).map((p) => [p.type, p.value]));
      const f = seoulFields(new Date(t));
      expect([f.year, f.month, f.day, f.hour, f.minute]).toEqual([+parts.year, +parts.month, +parts.day, +parts.hour, +parts.minute]);
    }
  });
});

describe('calendar days', () => {
  it('names a date-only day and the weekdays like ICU does for the page language', () => {
    expect(dayOfMonthLabel('2026-03-01', 'ko')).toBe('3월 1일 (일)');
    expect(dayOfMonthLabel('2026-03-01', 'en')).toBe('Sun, March 1');
    expect(dayOfMonthLabel('2028-02-29', 'ko')).toBe('2월 29일 (화)');
    expect(weekdayNames('ko')).toEqual(['일', '월', '화', '수', '목', '금', '토']);
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 5 * 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const locale of ['ko', 'en']) {
        expect(dayOfMonthLabel(day, locale)).toBe(new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(new Date(t)));
      }
    }
  });
});

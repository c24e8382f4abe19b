import { describe, expect, it } from 'vitest';
import { anniversariesBetween, birthdaysBetween, dDayLabel, daysTogether, sameDayInYear } from './dates';
import { kstDay } from '@/lib/missions/schedule';

describe('couple dates', () => {
  it('counts the start date as day 1', () => {
    expect(daysTogether('2026-01-01', '2026-01-01')).toBe(1);
    expect(daysTogether('2026-01-01', '2026-04-10')).toBe(100);
    // across a leap day
    expect(daysTogether('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysTogether('2023-02-28', '2023-03-01')).toBe(2);
  });

  it('labels D-Days before, on and after the day', () => {
    expect(dDayLabel('2026-12-18', '2026-12-06')).toBe('D-12');
    expect(dDayLabel('2026-12-06', '2026-12-06')).toBe('D-Day');
    expect(dDayLabel('2026-12-03', '2026-12-06')).toBe('D+3');
    expect(dDayLabel('2025-01-01', '2024-12-31')).toBe('D-1');
    expect(dDayLabel('2024-03-01', '2024-02-28')).toBe('D-2');
  });

  it('changes label at midnight in Korea, not UTC', () => {
    // 2026-12-05 14:59:59Z is 23:59:59 on the 5th in Seoul; one second later it is the 6th.
    const before = kstDay(new Date('2026-12-05T14:59:59Z'));
    const after = kstDay(new Date('2026-12-05T15:00:00Z'));
    expect(dDayLabel('2026-12-06', before)).toBe('D-1');
    expect(dDayLabel('2026-12-06', after)).toBe('D-Day');
  });

  it('lists 100-day and yearly anniversaries in a range', () => {
    const a = anniversariesBetween('2026-01-01', '2026-01-01', '2027-12-31');
    expect(a.map((x) => `${x.day}:${x.kind}:${x.n}`)).toEqual([
      '2026-04-10:days:100', '2026-07-19:days:200', '2026-10-27:days:300',
      '2027-01-01:years:1', '2027-02-04:days:400', '2027-05-15:days:500', '2027-08-23:days:600', '2027-12-01:days:700',
    ]);
    expect(anniversariesBetween('2026-01-01', '2028-09-01', '2028-09-30').map((x) => x.n)).toEqual([1000]);
    expect(anniversariesBetween('2026-01-01', '2025-01-01', '2025-12-31')).toEqual([]);
  });

  it('moves 29 February to 28 February in common years', () => {
    expect(sameDayInYear('2024-02-29', 2025)).toBe('2025-02-28');
    expect(sameDayInYear('2024-02-29', 2028)).toBe('2028-02-29');
    expect(anniversariesBetween('2024-02-29', '2025-02-01', '2025-03-31').filter((x) => x.kind === 'years')).toEqual([{ day: '2025-02-28', kind: 'years', n: 1 }]);
    expect(birthdaysBetween('2000-02-29', 'u1', '2026-02-01', '2026-03-01')).toEqual([{ day: '2026-02-28', kind: 'birthday', n: 26, userId: 'u1' }]);
  });
});

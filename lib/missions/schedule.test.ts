import { describe, expect, it } from 'vitest';
import {
  addDays, dueRunDay, isFinished, isScheduled, kstDay, kstDayEnd, kstDayStart, monthRange, nextOccurrence,
  normaliseWeekdays, occursOn, scheduleProblem, shiftMonth, weekdayOf, type ScheduleRule,
} from './schedule';

const rule = (r: Partial<ScheduleRule>): ScheduleRule => ({ startsOn: '2026-03-02', dueOn: null, repeat: 'NONE', weekdays: [], ...r });

describe('Korean days', () => {
  it('an instant belongs to the Korean calendar day, nine hours ahead of UTC', () => {
    expect(kstDay(new Date('2026-03-01T14:59:59.999Z'))).toBe('2026-03-01');
    expect(kstDay(new Date('2026-03-01T15:00:00.000Z'))).toBe('2026-03-02');
    expect(kstDayStart('2026-03-02').toISOString()).toBe('2026-03-01T15:00:00.000Z');
    expect(kstDayEnd('2026-03-02').toISOString()).toBe('2026-03-02T14:59:59.999Z');
  });

  it('adds days across months and leap years, and knows weekdays (0 = Sunday)', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-03-01')).toBe(0);
    expect(weekdayOf('2026-03-07')).toBe(6);
  });

  it('gives month ranges and shifts months across years', () => {
    expect(monthRange('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28', daysInMonth: 28, firstWeekday: 0 });
    expect(monthRange('2028-02').daysInMonth).toBe(29);
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });
});

describe('which days a mission falls on', () => {
  it('a one-off has one run, on its start day, and stays due until done', () => {
    const r = rule({ dueOn: '2026-03-05' });
    expect(occursOn(r, '2026-03-02')).toBe(true);
    expect(occursOn(r, '2026-03-03')).toBe(false);
    expect(dueRunDay(r, '2026-03-01')).toBeNull();
    expect(dueRunDay(r, '2026-03-02')).toBe('2026-03-02');
    expect(dueRunDay(r, '2026-03-09')).toBe('2026-03-02');
  });

  it('daily runs every day from the start day through the last day', () => {
    const r = rule({ repeat: 'DAILY', dueOn: '2026-03-04' });
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].filter((d) => occursOn(r, d));
    expect(days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(dueRunDay(r, '2026-03-03')).toBe('2026-03-03');
    expect(dueRunDay(r, '2026-03-05')).toBeNull();
    expect(isFinished(r, '2026-03-04')).toBe(false);
    expect(isFinished(r, '2026-03-05')).toBe(true);
  });

  it('weekly runs only on the chosen weekdays', () => {
    const r = rule({ repeat: 'WEEKLY', weekdays: [1, 3] }); // Mondays and Wednesdays; 2026-03-02 is a Monday
    const week = Array.from({ length: 14 }, (_, i) => addDays('2026-03-01', i)).filter((d) => occursOn(r, d));
    expect(week).toEqual(['2026-03-02', '2026-03-04', '2026-03-09', '2026-03-11']);
    expect(dueRunDay(r, '2026-03-03')).toBeNull();
    expect(nextOccurrence(r, '2026-03-05')).toBe('2026-03-09');
  });

  it('a mission starting later is scheduled, not visible, until its day', () => {
    const r = rule({ startsOn: '2026-03-10', repeat: 'DAILY' });
    expect(isScheduled(r, '2026-03-09')).toBe(true);
    expect(dueRunDay(r, '2026-03-09')).toBeNull();
    expect(isScheduled(r, '2026-03-10')).toBe(false);
    expect(dueRunDay(r, '2026-03-10')).toBe('2026-03-10');
    expect(nextOccurrence(r, '2026-03-01')).toBe('2026-03-10');
  });

  it('a one-off past its day has no next occurrence; a finished repeat has none either', () => {
    expect(nextOccurrence(rule({}), '2026-03-03')).toBeNull();
    expect(nextOccurrence(rule({ repeat: 'DAILY', dueOn: '2026-03-03' }), '2026-03-04')).toBeNull();
  });
});

describe('saving a schedule', () => {
  const today = '2026-03-02';
  it('refuses a start in the past, a due day before the start, and an empty week', () => {
    expect(scheduleProblem(rule({ startsOn: '2026-03-01' }), today)).toBe('missions.validation.startInPast');
    expect(scheduleProblem(rule({ startsOn: '2026-03-05', dueOn: '2026-03-04' }), today)).toBe('missions.validation.dueBeforeStart');
    expect(scheduleProblem(rule({ repeat: 'WEEKLY', weekdays: [] }), today)).toBe('missions.validation.weekdaysRequired');
    // Tuesday to Wednesday holds no Friday.
    expect(scheduleProblem(rule({ startsOn: '2026-03-03', dueOn: '2026-03-04', repeat: 'WEEKLY', weekdays: [5] }), today)).toBe('missions.validation.noDayLeft');
  });

  it('accepts today, a later start, and an unchanged start that has already passed', () => {
    expect(scheduleProblem(rule({ startsOn: today }), today)).toBeNull();
    expect(scheduleProblem(rule({ startsOn: '2026-04-01', repeat: 'WEEKLY', weekdays: [2] }), today)).toBeNull();
    expect(scheduleProblem(rule({ startsOn: '2026-02-01', repeat: 'DAILY' }), today, { start: false, due: false })).toBeNull();
    expect(scheduleProblem(rule({ startsOn: '2026-02-01', dueOn: '2026-02-20', repeat: 'DAILY' }), today, { start: false, due: true })).toBe('missions.validation.dueInPast');
  });

  it('keeps weekdays only for weekly missions, unique and sorted', () => {
    expect(normaliseWeekdays('WEEKLY', [5, 1, 5, 0])).toEqual([0, 1, 5]);
    expect(normaliseWeekdays('DAILY', [1, 2])).toEqual([]);
  });
});

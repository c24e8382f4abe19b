import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, fold, toIcs } from './ics';

describe('iCalendar output', () => {
  it('folds long lines at 75 octets without splitting a Korean character', () => {
    const line = `SUMMARY:${'가'.repeat(60)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('escapes text and parses back with a real parser', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const text = toIcs('모아', [
      { uid: '1@moa', summary: '저녁, 약속; 강남 '.repeat(6), description: '줄\n바꿈', date: '2027-04-20', time: '19:30' },
      { uid: '2@moa', summary: '100일', date: '2027-12-31' },
    ], new Date('2027-01-01T00:00:00Z'));
    expect(text.endsWith('\r\n')).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(text));
    const [dinner, day100] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(dinner.summary).toBe('저녁, 약속; 강남 '.repeat(6));
    expect(dinner.description).toBe('줄\n바꿈');
    expect(dinner.startDate.toJSDate().toISOString()).toBe('2027-04-20T10:30:00.000Z');
    expect(day100.startDate.isDate).toBe(true);
    expect(day100.endDate.toString()).toBe('2028-01-01');
  });
});

import { describe, expect, it } from 'vitest';
import { kmaGrid } from './grid';
import { currentSlot, latestRun } from './base-time';

describe('kmaGrid', () => {
  it.each([
    ['Seoul City Hall', 37.5665, 126.978, 60, 127],
    ['Busan City Hall', 35.1796, 129.0756, 98, 76],
    ['Jeju', 33.4996, 126.5312, 53, 38],
    ['the origin itself', 38, 126, 43, 136],
  ])('%s → its grid cell', (_name, lat, lon, nx, ny) => {
    expect(kmaGrid(lat, lon)).toEqual({ nx, ny });
  });
});

const kst = (iso: string) => new Date(`${iso}+09:00`);

describe('latestRun', () => {
  it.each([
    ['2026-12-06T00:30:00', '20261205', '2300'], // before 02:10: yesterday's 23:00
    ['2026-12-06T02:09:59', '20261205', '2300'],
    ['2026-12-06T02:10:00', '20261206', '0200'],
    ['2026-12-06T04:59:00', '20261206', '0200'],
    ['2026-12-06T05:09:00', '20261206', '0200'], // 05:00 not published yet
    ['2026-12-06T14:15:00', '20261206', '1400'],
    ['2026-12-06T23:09:00', '20261206', '2000'],
    ['2026-12-06T23:59:00', '20261206', '2300'],
    ['2027-01-01T01:00:00', '20261231', '2300'], // across the year
    ['2028-03-01T00:05:00', '20280229', '2300'], // across a leap day
  ])('at %s KST asks for %s %s', (at, baseDate, baseTime) => {
    expect(latestRun(kst(at))).toEqual({ baseDate, baseTime });
  });
  it('does not depend on the server time zone: the same instant gives the same run', () => {
    const at = new Date('2026-12-05T15:30:00Z'); // 00:30 KST on the 6th
    expect(latestRun(at)).toEqual({ baseDate: '20261205', baseTime: '2300' });
    expect(currentSlot(at)).toBe('202612060000');
  });
});

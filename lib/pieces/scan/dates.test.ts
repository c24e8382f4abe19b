import { describe, expect, it } from 'vitest';
import { findDate, findTime } from './dates';
import { rowsFromText } from './rows';

const today = new Date('2026-12-10T00:00:00Z');
const date = (text: string, on = today) => findDate(rowsFromText(text), on)?.value ?? null;
const time = (text: string) => {
  const rows = rowsFromText(text);
  return findTime(rows, findDate(rows, today)?.row ?? null)?.value ?? null;
};

describe('findDate', () => {
  it.each([
    ['일시 2026.12.06(일) 19:30', '2026-12-06'],
    ['2026년 12월 6일 (일) 오후 7시 30분', '2026-12-06'],
    ['2026년12월6일', '2026-12-06'],
    ['26.12.06(일) 19:30', '2026-12-06'],
    ['관람일 2026-12-06', '2026-12-06'],
    ['2026/12/06', '2026-12-06'],
    // OCR noise: spaces in the number, O for 0, l and | for 1, a dot eaten.
    ['2026. 12. 06 (일)', '2026-12-06'],
    ['2O26.l2.O6(일)', '2026-12-06'],
    ['2026.|2.06', '2026-12-06'],
    ['2026.1206(일)', '2026-12-06'],
    ['20261206(일)', '2026-12-06'],
    // 월 read as 윌, a dot read as a comma.
    ['2026년 12윌 6일 (일) 17시', '2026-12-06'],
    ['26,12.06(일)', '2026-12-06'],
    ['26.12,06(일)', '2026-12-06'],
  ])('%s → %s', (text, want) => {
    expect(date(text)).toBe(want);
  });

  it('does not take a price or a count for a date with a comma', () => {
    expect(date('가격 26,000원')).toBeNull();
    expect(date('1,234,567')).toBeNull();
  });

  it('gives a day without a year the year that puts it just before the scan', () => {
    expect(date('12/06(일) 19:30')).toBe('2026-12-06');
    expect(date('12월 6일 (일) 오후 7시')).toBe('2026-12-06');
    // Scanned in early January: a December show was last year.
    expect(date('12/27(일) 18:00', new Date('2027-01-05T00:00:00Z'))).toBe('2026-12-27');
    // The weekday picks the year when both are near: 2027-01-03 is a Sunday, 2026-01-03 a Saturday.
    expect(date('01/03(일) 15:00', new Date('2026-12-20T00:00:00Z'))).toBe('2027-01-03');
  });

  it('prefers the show date to the booking date', () => {
    expect(date('예매일 2026.11.20 14:22\n관람일시 2026.12.06(일) 19:30')).toBe('2026-12-06');
    expect(date('관람일시 2026.12.06(일) 19:30\n예매일시 2026.11.20 14:22')).toBe('2026-12-06');
    expect(date('발권 2026.11.30 09:12\n26.12.06(일)')).toBe('2026-12-06');
  });

  it('doubts a date whose printed weekday disagrees (a misread digit)', () => {
    const rows = rowsFromText('2026.12.08(일)');
    const sure = findDate(rowsFromText('2026.12.06(일)'), today)!;
    const doubtful = findDate(rows, today)!;
    expect(doubtful.score).toBeLessThan(sure.score * 0.6);
  });

  it('refuses days that do not exist and numbers that are not dates', () => {
    expect(date('2026.13.01')).toBeNull();
    expect(date('2026.02.30')).toBeNull();
    expect(date('예매번호 T2058812345')).toBeNull();
    expect(date('1층 A열 12번')).toBeNull();
    expect(date('99,000원')).toBeNull();
  });

  it('reads a lone slash pair as a date only weakly', () => {
    const weak = findDate(rowsFromText('1/2'), today);
    expect(weak?.score ?? 0).toBeLessThan(0.5);
  });
});

describe('findTime', () => {
  it.each([
    ['2026.12.06(일) 19:30', '19:30'],
    ['2026년 12월 6일 (일) 오후 7시 30분', '19:30'],
    ['2026년 12월 6일 오후 7시', '19:00'],
    ['2026년 12월 6일 오전 11시', '11:00'],
    ['2026년 12월 6일 낮 2시', '14:00'],
    ['2026.12.06 19시 30분', '19:30'],
    ['2026.12.06 오후 12시 30분', '12:30'],
    ['19 : 30', '19:30'],
    ['15:20 ~ 17:08', '15:20'],
    ['15:20~17.08', '15:20'],
    ['15.20 ~ 17.08', '15:20'],
  ])('%s → %s', (text, want) => {
    expect(time(text)).toBe(want);
  });

  it("takes the show's time, not the phone's clock or the booking time", () => {
    expect(time('22:07\n모바일 티켓\n관람일시 25.05.31(토) 11:15')).toBe('11:15');
    expect(time('관람일시 2026.12.06(일) 19:30\n예매일시 2026.11.20 14:22')).toBe('19:30');
  });

  it('refuses times that are not', () => {
    expect(time('25:61')).toBeNull();
    expect(time('오후 13시')).toBeNull();
  });
});

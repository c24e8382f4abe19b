import { describe, expect, it } from 'vitest';
import { parseTicket } from './parse';
import { rowsFromText } from './rows';

const today = new Date('2026-12-10T00:00:00Z');
/** Lines of a ticket with the print size of each (the title is the largest). */
const parse = (lines: [string, number][]) => parseTicket(rowsFromText(lines.map(([l]) => l).join('\n'), lines.map(([, s]) => s)), { today });
const values = (f: ReturnType<typeof parse>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.value]));

describe('parseTicket', () => {
  it('reads a box-office paper ticket', () => {
    const f = parse([
      ['인터파크 티켓 뮤지컬 · 입장권', 22],
      ['뮤지컬 〈레미제라블〉', 58],
      ['일시 2026.12.06(일) 19:30', 30],
      ['장소 블루스퀘어 신한카드홀', 30],
      ['좌석 VIP석 1층 B구역 5열 12번', 30],
      ['가격 VIP석 170,000원', 30],
      ['예매번호 T2058812345 본 티켓은 재판매할 수 없습니다.', 18],
    ]);
    expect(values(f)).toEqual({ title: '레미제라블', date: '2026-12-06', time: '19:30', venue: '블루스퀘어 신한카드홀', seat: 'VIP석 1층 B구역 5열 12번', price: 170000, kind: 'MUSICAL' });
    for (const k of ['title', 'date', 'time', 'venue', 'seat', 'price'] as const) expect(f[k].confidence, k).toBeGreaterThan(0.5);
  });

  it('reads a mobile ticket with a booking date, a fee and a status-bar clock', () => {
    const f = parse([
      ['21:41 LTE 95%', 34],
      ['모바일 티켓', 44],
      ['연극 · 12세 이상', 30],
      ['연극 보잉보잉', 60],
      ['관람일시 26.08.16(일) 17:30', 40],
      ['공연장 예스24스테이지 1관', 36],
      ['좌석 2층 7열 3번', 40],
      ['티켓금액 일반 44,000원', 36],
      ['예매수수료 1,000원', 36],
      ['예매일시 2026.08.11 21:42', 36],
      ['예매번호 T4370782771', 30],
    ]);
    expect(values(f)).toEqual({ title: '보잉보잉', date: '2026-08-16', time: '17:30', venue: '예스24스테이지 1관', seat: '2층 7열 3번', price: 44000, kind: 'PLAY' });
  });

  it('reads a cinema ticket (a date without its year, a range of times, the chain on top)', () => {
    const f = parse([
      ['메가박스', 44],
      ['입장권', 24],
      ['위키드', 50],
      ['2D 자막 · 전체관람가', 26],
      ['12/06(일)', 34],
      ['19:55 ~ 22:25', 40],
      ['메가박스 신촌', 32],
      ['2관 K열 20번', 44],
      ['일반 1명 18,000원', 32],
      ['발권 2026.12.01 18:46', 22],
    ]);
    expect(values(f)).toEqual({ title: '위키드', date: '2026-12-06', time: '19:55', venue: '메가박스 신촌', seat: '2관 K열 20번', price: 18000, kind: 'MOVIE' });
  });

  it('puts a concert seat together from its boxes', () => {
    const rows = rowsFromText(['2026 이문세 콘서트 봄바람', '2026년 12월 6일 (일) 오후 7시', '올림픽공원 KSPO DOME', '₩154,000'].join('\n'), [60, 32, 32, 34]);
    const f = parseTicket(rows, { today });
    expect(values(f)).toMatchObject({ title: '2026 이문세 콘서트 봄바람', date: '2026-12-06', time: '19:00', venue: '올림픽공원 KSPO DOME', price: 154000, kind: 'CONCERT' });
  });

  it('leaves fields empty rather than guessing from debris', () => {
    const f = parse([
      ['^82008(아1411', 40],
      ['닙0008514\\/×%\\2', 40],
      ['ㅣ ㅁ ㄷㄷ ㅋ', 60],
      ['1층 『열 18번', 30],
    ]);
    expect(values(f)).toEqual({ title: null, date: null, time: null, venue: null, seat: null, price: null, kind: null });
    // The seat was seen but doubted: its confidence says so.
    expect(f.seat.confidence).toBeGreaterThan(0);
    expect(f.seat.confidence).toBeLessThan(0.5);
  });

  it('uses the thresholds: a stricter one empties a field it would have filled', () => {
    const rows = rowsFromText('2026.12.06(일) 19:30', [30]);
    expect(parseTicket(rows, { today }).date.value).toBe('2026-12-06');
    expect(parseTicket(rows, { today, thresholds: { date: 0.99 } }).date.value).toBeNull();
  });
});

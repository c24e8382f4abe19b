import { describe, expect, it } from 'vitest';
import { dateText, priceText, serialOf, starFills, weekdayOf } from './data';
import { castLine, detailFields, ticketModel } from './model';
import { sampleTicket } from './sample';

describe('ticket data formatting', () => {
  it('prints the date with its weekday in the owner language', () => {
    expect(dateText('2026-03-14', 'ko')).toBe('2026.03.14 (토)');
    expect(dateText('2026-03-15', 'en')).toBe('2026.03.15 Sun');
    expect(weekdayOf('2024-02-29', 'ko')).toBe('목');
  });

  it('prints prices with separators and the currency of the language', () => {
    expect(priceText(150000, 'ko')).toBe('150,000원');
    expect(priceText(1234567, 'en')).toBe('₩1,234,567');
    expect(priceText(0, 'ko')).toBe('0원');
    expect(priceText(null, 'ko')).toBeNull();
  });

  it('turns half stars into five star fills', () => {
    expect(starFills(7)).toEqual([2, 2, 2, 1, 0]);
    expect(starFills(10)).toEqual([2, 2, 2, 2, 2]);
    expect(starFills(1)).toEqual([1, 0, 0, 0, 0]);
    expect(starFills(null)).toEqual([0, 0, 0, 0, 0]);
  });

  it('derives a stable six-character serial from the piece id', () => {
    expect(serialOf('ckpiece0000000000001')).toMatch(/^[0-9A-F]{6}$/);
    expect(serialOf('ckpiece0000000000001')).toBe(serialOf('ckpiece0000000000001'));
    expect(serialOf('ckpiece0000000000001')).not.toBe(serialOf('ckpiece0000000000002'));
  });

  it('names the first cast members and counts the rest', () => {
    expect(castLine(['A', 'B', 'C', 'D', 'E'], 'ko')).toBe('A, B, C 외 2명');
    expect(castLine(['A', 'B'], 'en')).toBe('A, B');
    expect(castLine(['  ', '🎭'], 'ko')).toBeNull();
  });

  it('maps a piece to what is printed: cleaned, cut, in the owner language, empty fields left out', () => {
    const m = ticketModel({ ...sampleTicket, title: '  레미제라블 🎭 ', review: '좋아요👍 '.repeat(60), seat: null, price: null }, 'night');
    expect(m.title).toBe('레미제라블');
    expect(m.kind).toBe('뮤지컬');
    expect(m.review!.length).toBeLessThanOrEqual(140);
    expect(m.review).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(m.p.accent).toBe('#ffd166');
    expect(detailFields(m, ['date', 'time', 'seat', 'price']).map((f) => f.value)).toEqual(['2026.03.14 (토)', '19:30']);
    expect(ticketModel({ ...sampleTicket, locale: 'en' }, 'grape').labels.seat).toBe('Seat');
  });
});

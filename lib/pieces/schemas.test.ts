import { describe, expect, it } from 'vitest';
import { cursorSchema, listQuerySchema, pieceCreateSchema, piecePatchSchema } from './schemas';

const base = { kind: 'MUSICAL', title: '레미제라블', date: '2026-03-14' };
const refused = (extra: Record<string, unknown>) => pieceCreateSchema.safeParse({ ...base, ...extra }).success === false;

describe('piece input', () => {
  it('needs only kind, title and date', () => {
    expect(pieceCreateSchema.safeParse(base).success).toBe(true);
    for (const k of ['kind', 'title', 'date'] as const) {
      const { [k]: _gone, ...rest } = base;
      expect(pieceCreateSchema.safeParse(rest).success, k).toBe(false);
    }
  });

  it('refuses impossible dates and times', () => {
    expect(refused({ date: '2026-13-01' })).toBe(true);
    expect(refused({ date: '2026-02-30' })).toBe(true);
    expect(refused({ time: '24:00' })).toBe(true);
    expect(refused({ time: '19:30' })).toBe(false);
  });

  it('rates in half stars 1…10, whole numbers only', () => {
    for (const r of [7.5, 11, 0, -1, '7']) expect(refused({ rating: r }), String(r)).toBe(true);
    for (const r of [1, 7, 10, null]) expect(refused({ rating: r }), String(r)).toBe(false);
  });

  it('caps the review, the note, the cast and the photos', () => {
    expect(refused({ review: '가'.repeat(2000) })).toBe(false);
    expect(refused({ review: '가'.repeat(10_000) })).toBe(true);
    expect(refused({ note: '가'.repeat(5001) })).toBe(true);
    expect(refused({ cast: Array.from({ length: 31 }, (_, i) => `배우${i}`) })).toBe(true);
    expect(refused({ photoIds: Array.from({ length: 11 }, (_, i) => `c${String(i).padStart(24, '0')}`) })).toBe(true);
    const id = 'c'.padEnd(25, '1');
    expect(refused({ photoId: id, photoIds: [id] })).toBe(true);
  });

  it('refuses control characters, negative or fractional prices', () => {
    expect(refused({ title: '레미\u0000제라블' })).toBe(true);
    expect(refused({ venue: '두 줄\n장소' })).toBe(true);
    expect(refused({ review: '줄바꿈은\n괜찮아요' })).toBe(false);
    expect(refused({ price: -1 })).toBe(true);
    expect(refused({ price: 1.5 })).toBe(true);
    expect(refused({ price: 0 })).toBe(false);
  });

  it('a patch must change something', () => {
    expect(piecePatchSchema.safeParse({}).success).toBe(false);
    expect(piecePatchSchema.safeParse({ isPublic: true }).success).toBe(true);
  });

  it('list cursors and months must be real days', () => {
    expect(cursorSchema.safeParse('2026-03-14~clx0000000000000000000000').success).toBe(true);
    expect(cursorSchema.safeParse('2026-13-45~clx0000000000000000000000').success).toBe(false);
    expect(listQuerySchema.safeParse({ month: '2026-13' }).success).toBe(false);
    expect(listQuerySchema.parse({}).limit).toBe(20);
  });
});

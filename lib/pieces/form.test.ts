import { describe, expect, it } from 'vitest';
import { applyPrefill, emptyValues, parsePrice, toInput } from './form';
import { pieceCreateSchema } from './schemas';

describe('piece form values', () => {
  it('reads a price as people type it', () => {
    expect(parsePrice('55,000원')).toBe(55000);
    expect(parsePrice(' 0 ')).toBe(0);
    expect(parsePrice('')).toBeNull();
    expect(parsePrice('12.5')).toBeNaN();
    expect(parsePrice('-3')).toBeNaN();
  });

  it('turns blank fields into null and passes the schema with only the required ones', () => {
    const input = toInput({ ...emptyValues('2026-03-14'), title: '  레미제라블 ' });
    expect(input).toMatchObject({ title: '레미제라블', date: '2026-03-14', kind: 'MUSICAL', venue: null, time: null, price: null, photoId: null, photoIds: [] });
    expect(input).not.toHaveProperty('catalogKey');
    expect(pieceCreateSchema.safeParse(input).success).toBe(true);
  });

  it('a prefill fills what it found and keeps what the person typed elsewhere', () => {
    const typed = { ...emptyValues('2026-03-14'), title: '내가 쓴 제목', venue: '', cast: ['홍광호'] };
    const next = applyPrefill(typed, { venue: ' 샤롯데씨어터 ', seat: '', price: 99000, cast: ['홍광호', '민경아'] });
    expect(next).toMatchObject({ title: '내가 쓴 제목', venue: '샤롯데씨어터', seat: '', price: '99000', cast: ['홍광호', '민경아'] });
  });
});

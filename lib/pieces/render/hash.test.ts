import { describe, expect, it } from 'vitest';
import { renderHash } from './hash';
import type { TicketRow } from './source';

const row: TicketRow = {
  id: 'ckpiece0000000000001', ownerId: 'ckowner000000000000001', kind: 'MUSICAL', title: '레미제라블', date: new Date('2026-03-14T00:00:00Z'),
  time: '19:30', venue: '블루스퀘어', cast: ['홍광호'], seat: '1층', price: 150000, rating: 9, review: '좋았다', layout: 'classic', theme: 'grape',
  photoKey: null, artKey: null, isPublic: true, shareToken: 'x'.repeat(32), version: 1,
  owner: { displayName: '포도알', locale: 'ko', wornTitleId: null },
  show: { posterUrl: null },
};

describe('render hash', () => {
  it('is stable for the same inputs and names no secrets (a hex digest)', () => {
    expect(renderHash(row)).toBe(renderHash({ ...row }));
    expect(renderHash(row)).toMatch(/^[a-f0-9]{20}$/);
  });

  it.each<[string, Partial<TicketRow>]>([
    ['a new version', { version: 2 }],
    ['another layout', { layout: 'stub' }],
    ['another theme', { theme: 'night' }],
    ['AI art', { artKey: 'pieces/art/x/y' }],
    ['another photo', { photoKey: 'pieces/p/1' }],
    ['a poster', { show: { posterUrl: 'https://img.example/p.jpg' } }],
    ['an edited title (even without a version bump)', { title: '레미제라블 2' }],
    ['the owner renamed', { owner: { ...row.owner, displayName: '청포도' } }],
    ['the owner language', { owner: { ...row.owner, locale: 'en' } }],
  ])('changes with %s', (_what, change) => {
    expect(renderHash({ ...row, ...change })).not.toBe(renderHash(row));
  });

  it('does not change with what the ticket does not show', () => {
    expect(renderHash({ ...row, isPublic: false, shareToken: null })).toBe(renderHash(row));
  });
});

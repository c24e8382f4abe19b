import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import sharp from 'sharp';
import { renderYearCard } from './year-card-image';
import { cardHash, clip, yearCardOf, type YearCard } from './year-card-data';
import type { YearStatsDto } from './stats-schemas';

const stats: YearStatsDto = {
  year: 2025, years: [2025], total: 42,
  byMonth: [3, 1, 0, 5, 4, 2, 6, 8, 3, 4, 2, 4].map((count, i) => ({ month: i + 1, count, spent: count * 50_000 })),
  byKind: [{ kind: 'MOVIE', count: 12 }, { kind: 'PLAY', count: 5 }, { kind: 'MUSICAL', count: 18 }, { kind: 'CONCERT', count: 7 }, { kind: 'OTHER', count: 0 }],
  byGenre: [{ genre: null, count: 20 }, { genre: '창작뮤지컬', count: 12 }],
  rating: { count: 30, average: 4.25, histogram: [] },
  spending: { total: 2_100_000, pricedCount: 40 },
  venues: [{ name: '블루스퀘어 신한카드홀', count: 9 }],
  cast: [{ name: '조승우', count: 6 }, { name: '홍광호', count: 4 }, { name: '아이유', count: 2 }],
  share: null,
};
const owner = { displayName: '모아🎉 관객', wornTitleId: 'revolving-door', locale: 'ko' };

describe('year card', () => {
  it('keeps spending off the public card and names the worn title', () => {
    const card = yearCardOf(stats, owner, 7);
    expect(card).toMatchObject({ name: '모아 관객', wornTitle: '회전문', total: 42, topGenre: '창작뮤지컬', titles: 7 });
    expect(card.kinds.map((k) => k.kind)).toEqual(['MUSICAL', 'MOVIE', 'CONCERT', 'PLAY']);
    expect(JSON.stringify(card)).not.toContain('2100000');
    expect(clip('가'.repeat(30), 20)).toBe(`${'가'.repeat(19)}…`);
  });

  it('changes its hash exactly when what is drawn changes', () => {
    const a = yearCardOf(stats, owner, 7);
    expect(cardHash(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(cardHash(yearCardOf(stats, owner, 7))).toBe(cardHash(a));
    expect(cardHash(yearCardOf(stats, owner, 8))).not.toBe(cardHash(a));
    expect(cardHash(yearCardOf(stats, { ...owner, wornTitleId: null }, 7))).not.toBe(cardHash(a));
    expect(cardHash(yearCardOf({ ...stats, spending: { total: 1, pricedCount: 1 } }, owner, 7))).toBe(cardHash(a));
  });

  it.each([['story', 1080, 1920], ['og', 1200, 630]] as const)('renders the %s card as a %ix%i PNG', async (size, width, height) => {
    const cards: [string, YearCard][] = [
      ['ko', yearCardOf(stats, owner, 7)],
      ['en', yearCardOf(stats, { ...owner, locale: 'en' }, 7)],
      ['empty', yearCardOf({ ...stats, total: 0, byKind: [], venues: [], cast: [], byMonth: stats.byMonth.map((m) => ({ ...m, count: 0 })), rating: { count: 0, average: null, histogram: [] } }, { ...owner, wornTitleId: null }, 0)],
    ];
    for (const [name, card] of cards) {
      const png = await renderYearCard(card, `${cardHash(card)}`, size);
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', width, height]);
      if (process.env.CARD_PREVIEW_DIR) fs.writeFileSync(`${process.env.CARD_PREVIEW_DIR}/year-${size}-${name}.png`, png);
    }
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TITLE_IDS, TITLE_RULES, checkTitles, earnedTitleIds, isEarlyShow, isLateNight, isTitleId, venueKey, type PieceFacts, type TitleId } from './titles';

let seq = 0;
const piece = (over: Partial<PieceFacts> = {}): PieceFacts => ({
  showId: `show-${++seq}`, kind: 'OTHER', date: '2025-03-10', time: null, venue: null, price: null, rating: null, hasReview: false, ...over,
});
const many = (n: number, over: (i: number) => Partial<PieceFacts> = () => ({})) => Array.from({ length: n }, (_, i) => piece(over(i)));
const earns = (id: TitleId, pieces: PieceFacts[]) => TITLE_RULES[id](pieces).earned;
/** `below` pieces do not earn the title; `at` pieces do (the threshold exactly). */
const boundary = (id: TitleId, below: PieceFacts[], at: PieceFacts[]) => {
  expect(earns(id, below), `${id} below`).toBe(false);
  expect(earns(id, at), `${id} at`).toBe(true);
};

describe('title rules at their thresholds', () => {
  it('counts pieces: 1, 10, 50, 100', () => {
    boundary('first-piece', [], [piece()]);
    boundary('ten-pieces', many(9), many(10));
    boundary('fifty-pieces', many(49), many(50));
    boundary('hundred-pieces', many(99), many(100));
    expect(TITLE_RULES['ten-pieces'](many(4))).toEqual({ earned: false, have: 4, need: 10 });
    expect(TITLE_RULES['ten-pieces'](many(12))).toEqual({ earned: true, have: 10, need: 10 });
  });

  it('counts one kind: 5 musicals, 5 plays, 20 movies (other kinds do not count)', () => {
    boundary('musical-fan', [...many(4, () => ({ kind: 'MUSICAL' })), ...many(5, () => ({ kind: 'PLAY' }))], many(5, () => ({ kind: 'MUSICAL' })));
    boundary('theatre-lover', [...many(4, () => ({ kind: 'PLAY' })), piece({ kind: 'MUSICAL' })], many(5, () => ({ kind: 'PLAY' })));
    boundary('cinephile', [...many(19, () => ({ kind: 'MOVIE' })), piece({ kind: 'CONCERT' })], many(20, () => ({ kind: 'MOVIE' })));
  });

  it('concert lover: 3 concerts in one calendar month, not across a month end', () => {
    const at = (date: string, kind: PieceFacts['kind'] = 'CONCERT') => piece({ kind, date });
    boundary('concert-lover', [at('2025-05-30'), at('2025-05-31'), at('2025-06-01'), at('2025-05-15', 'MUSICAL')], [at('2025-05-01'), at('2025-05-15'), at('2025-05-31')]);
    // The same month of another year is another month.
    expect(earns('concert-lover', [at('2024-05-01'), at('2025-05-01'), at('2025-05-02')])).toBe(false);
  });

  it('all-rounder: a movie, a play, a musical and a concert ("other" does not stand in)', () => {
    const kinds = (...k: PieceFacts['kind'][]) => k.map((kind) => piece({ kind }));
    boundary('all-rounder', kinds('MOVIE', 'PLAY', 'MUSICAL', 'OTHER', 'MOVIE'), kinds('MOVIE', 'PLAY', 'MUSICAL', 'CONCERT'));
    expect(TITLE_RULES['all-rounder'](kinds('MOVIE', 'MOVIE', 'PLAY'))).toMatchObject({ have: 2, need: 4 });
  });

  it('revolving door: the same show twice; master: five times', () => {
    boundary('revolving-door', [piece({ showId: 'a' }), piece({ showId: 'b' })], [piece({ showId: 'a' }), piece({ showId: 'b' }), piece({ showId: 'a' })]);
    boundary('revolving-door-master', many(4, () => ({ showId: 'x' })), many(5, () => ({ showId: 'x' })));
  });

  it('double feature: two pieces on one day', () => {
    boundary('double-feature', [piece({ date: '2025-01-01' }), piece({ date: '2025-01-02' })], [piece({ date: '2025-01-01' }), piece({ date: '2025-01-01' })]);
  });

  it('perfect attendance: all twelve months of one calendar year', () => {
    const months = (year: string, ms: number[]) => ms.map((m) => piece({ date: `${year}-${String(m).padStart(2, '0')}-15` }));
    const all = Array.from({ length: 12 }, (_, i) => i + 1);
    boundary('perfect-attendance', months('2025', all.slice(0, 11)), months('2025', all));
    // Eleven months of 2025 and December 2024 are not one year.
    expect(earns('perfect-attendance', [...months('2025', all.slice(0, 11)), ...months('2024', [12])])).toBe(false);
    expect(TITLE_RULES['perfect-attendance']([...months('2025', [1, 1, 2]), ...months('2024', [3])])).toMatchObject({ have: 2 });
  });

  it('reviewer: 10 reviews; star fairy: 20 ratings', () => {
    boundary('reviewer', [...many(9, () => ({ hasReview: true })), ...many(5)], many(10, () => ({ hasReview: true })));
    boundary('star-fairy', [...many(19, () => ({ rating: 6 })), ...many(3)], many(20, () => ({ rating: 1 })));
  });

  it('generous: at least 10 ratings averaging 4.5 stars or more', () => {
    const rated = (...r: number[]) => r.map((rating) => piece({ rating }));
    // 10 ratings averaging exactly 9 half stars: earned; 8.9: not; 9 ratings of 10: too few.
    boundary('generous', rated(10, 10, 10, 10, 10, 8, 8, 8, 8, 7), rated(10, 10, 10, 10, 10, 8, 8, 8, 8, 8));
    expect(earns('generous', rated(...Array(9).fill(10)))).toBe(false);
    // Unrated pieces neither count nor lower the average.
    expect(earns('generous', [...rated(...Array(10).fill(9)), ...many(5)])).toBe(true);
    expect(TITLE_RULES.generous(rated(10, 10, 10))).toEqual({ earned: false, have: 3, need: 10 });
  });

  it('picky: at least 10 ratings averaging 2.5 stars or less', () => {
    const rated = (...r: number[]) => r.map((rating) => piece({ rating }));
    boundary('picky', rated(5, 5, 5, 5, 5, 5, 5, 5, 5, 6), rated(5, 5, 5, 5, 5, 5, 5, 5, 5, 5));
    expect(earns('picky', rated(...Array(9).fill(1)))).toBe(false);
    expect(earns('picky', rated(1, 1, 1, 1, 1, 9, 9, 9, 9, 9))).toBe(true); // average exactly 5
  });

  it('traveller: five different venues, however they were typed', () => {
    const at = (...v: (string | null)[]) => v.map((venue) => piece({ venue }));
    boundary('traveller', at('블루스퀘어 신한카드홀', ' 블루스퀘어  신한카드홀', 'CGV 용산', 'cgv 용산', '예술의전당', '샤롯데씨어터', null, '  '), at('블루스퀘어', 'CGV 용산', '예술의전당', '샤롯데씨어터', 'KSPO DOME'));
    expect(venueKey('  Ｃｇｖ　 용산 ')).toBe('cgv 용산');
    expect(venueKey(' \t ')).toBeNull();
  });

  it('big spender: 1,000,000 won within one calendar year', () => {
    const spent = (date: string, price: number | null) => piece({ date, price });
    boundary('big-spender', [spent('2025-01-01', 500_000), spent('2025-12-31', 499_999), spent('2024-12-31', 900_000), spent('2025-06-01', null)], [spent('2025-01-01', 500_000), spent('2025-12-31', 500_000)]);
  });

  it('night owl: starting at 22:00 or later, or before 05:00', () => {
    expect([isLateNight('21:59'), isLateNight('22:00'), isLateNight('23:59'), isLateNight('00:30'), isLateNight('04:59'), isLateNight('05:00'), isLateNight(null), isLateNight('2:00')])
      .toEqual([false, true, true, true, true, false, false, false]);
    boundary('night-owl', [piece({ time: '21:59' }), piece()], [piece({ time: '22:00' })]);
  });

  it('early bird: three movies starting from 05:00 to before 10:00', () => {
    expect([isEarlyShow('04:59'), isEarlyShow('05:00'), isEarlyShow('09:59'), isEarlyShow('10:00')]).toEqual([false, true, true, false]);
    const movie = (time: string, kind: PieceFacts['kind'] = 'MOVIE') => piece({ kind, time });
    boundary('early-bird', [movie('09:00'), movie('09:59'), movie('10:00'), movie('08:00', 'CONCERT')], [movie('09:00'), movie('09:59'), movie('05:00')]);
  });
});

describe('all titles', () => {
  it('has at least 15 titles, each with a known id and none earned by nothing', () => {
    expect(TITLE_IDS.length).toBeGreaterThanOrEqual(15);
    expect(TITLE_IDS.every(isTitleId)).toBe(true);
    expect([isTitleId('nope'), isTitleId('toString'), isTitleId(null)]).toEqual([false, false, false]);
    expect(earnedTitleIds([])).toEqual([]);
  });

  it('never takes a title away when more pieces are added (except the average rules)', () => {
    const arb = fc.record({
      showId: fc.constantFrom('a', 'b', 'c'), kind: fc.constantFrom('MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER'),
      date: fc.constantFrom('2024-12-31', '2025-01-05', '2025-01-06', '2025-07-20'), time: fc.constantFrom(null, '09:00', '23:00', '14:00'),
      venue: fc.constantFrom(null, 'A', 'B', 'C', 'D', 'E', 'F'), price: fc.option(fc.integer({ min: 0, max: 400_000 })),
      rating: fc.option(fc.integer({ min: 1, max: 10 })), hasReview: fc.boolean(),
    }) as fc.Arbitrary<PieceFacts>;
    fc.assert(fc.property(fc.array(arb, { maxLength: 40 }), fc.array(arb, { maxLength: 10 }), (before, more) => {
      const a = checkTitles(before);
      const b = checkTitles([...before, ...more]);
      for (const id of TITLE_IDS) {
        if (id === 'generous' || id === 'picky') continue;
        if (a[id].earned) expect(b[id].earned, id).toBe(true);
        expect(b[id].have).toBeGreaterThanOrEqual(a[id].have);
        expect(b[id].have).toBeLessThanOrEqual(b[id].need);
      }
    }));
  });
});

import { describe, expect, it } from 'vitest';
import data from './bundled.json';
import { bundledShows, dateFit, getBundledShow, matchBundled, searchBundled } from './bundled';
import { normaliseTitle } from '@/lib/shows/normalise';
import { CATALOG_KEY, SHOW_KINDS } from '@/lib/shows/schemas';

const titles = (q: string, kind?: (typeof SHOW_KINDS)[number], limit = 50) => searchBundled(q, { kind, limit }).map((s) => `${s.title} ${s.year}`);

describe('bundled show catalog', () => {
  const shows = bundledShows();

  it('has at least 300 shows across the five kinds', () => {
    expect(shows.length).toBeGreaterThanOrEqual(300);
    const perKind = Object.fromEntries(SHOW_KINDS.map((k) => [k, shows.filter((s) => s.kind === k).length]));
    for (const k of SHOW_KINDS) expect(perKind[k], k).toBeGreaterThanOrEqual(30);
  });

  it('has unique, well-formed keys, real years and month runs, and a note on its sources', () => {
    expect(data._about).toMatch(/facts only/);
    expect(new Set(shows.map((s) => s.key)).size).toBe(shows.length);
    for (const s of shows) {
      expect(s.key).toMatch(CATALOG_KEY);
      expect(s.key).toMatch(/^bundled:(mv|mu|pl|co|ot)-[a-z0-9-]+-\d{4}$/);
      expect(SHOW_KINDS).toContain(s.kind);
      expect(Number.isInteger(s.year) && s.year >= 1950 && s.year <= 2026, `${s.key} year ${s.year}`).toBe(true);
      expect(s.title.trim()).toBe(s.title);
      expect(normaliseTitle(s.title).length).toBeGreaterThan(0);
      if (s.venue !== undefined) expect(s.venue.trim().length).toBeGreaterThan(1);
      if (s.runStart) {
        expect(s.runStart <= s.runEnd!).toBe(true);
        expect(Number(s.runStart.slice(0, 4))).toBe(s.year);
      }
      // No poster images bundled: the art is generated.
      expect(s.posterUrl).toBeUndefined();
    }
  });

  it('never lists one show twice: kind + normalised title (Korean or original) + year is unique', () => {
    const seen = new Map<string, string>();
    for (const s of shows) {
      for (const name of new Set([s.title, s.originalTitle].filter(Boolean).map((n) => normaliseTitle(n!)))) {
        const k = `${s.kind}|${name}|${s.year}`;
        expect(seen.get(k), `${s.key} and ${seen.get(k)}`).toBeUndefined();
        seen.set(k, s.key);
      }
    }
  });

  it('finds Korean partial titles ignoring spacing and punctuation, the closest match first', () => {
    expect(titles('제라블')).toEqual(['레미제라블 2024', '레미제라블 2012']);
    expect(titles('레미 제라블', 'MUSICAL')).toEqual(['레미제라블 2024']);
    expect(titles('범죄도시')[0]).toBe('범죄도시 2017');
    expect(titles('범죄도시')).toHaveLength(4);
    expect(titles('광해왕이된')).toEqual(['광해, 왕이 된 남자 2012']);
    expect(titles('오페라의 유령')).toEqual(['오페라의 유령 2023', '오페라의 유령 2001']);
  });

  it('finds original titles and initial consonants', () => {
    expect(titles('wicked', 'MUSICAL')).toEqual(['위키드 2021', '위키드 2013']);
    expect(titles('Les Mis', 'MOVIE')).toEqual(['레미제라블 2012']);
    expect(titles('ㄹㅁㅈㄹㅂ')).toEqual(['레미제라블 2024', '레미제라블 2012']);
    expect(titles('ㅂㄲㄷㅅ')).toEqual(['벚꽃동산 2024']);
    expect(titles('')).toEqual([]);
    expect(titles('!!!')).toEqual([]);
    expect(titles('없는공연이름xyz')).toEqual([]);
  });

  it('looks a key up synchronously', () => {
    expect(getBundledShow('bundled:mu-aladdin-2024')).toMatchObject({ kind: 'MUSICAL', title: '알라딘', venue: '샤롯데씨어터', runStart: '2024-11-01', runEnd: '2025-06-30' });
    expect(getBundledShow('bundled:nope-2020')).toBeNull();
  });
});

describe('typed title → bundled show', () => {
  const key = (title: string, kind: (typeof SHOW_KINDS)[number], day: string) => matchBundled({ title, kind, day })?.key ?? null;

  it('needs the same kind and the same normalised title', () => {
    expect(key('레미제라블 ', 'MUSICAL', '2024-12-25')).toBe('bundled:mu-les-miserables-2024');
    expect(key('《레미 제라블》', 'MUSICAL', '2024-12-25')).toBe('bundled:mu-les-miserables-2024');
    expect(key('레미제라블', 'MOVIE', '2012-12-25')).toBe('bundled:mv-les-miserables-2012');
    expect(key('레미제라블', 'PLAY', '2024-12-25')).toBeNull();
    expect(key('레미제라블2', 'MUSICAL', '2024-12-25')).toBeNull();
    expect(key('Wicked', 'MUSICAL', '2021-03-01')).toBe('bundled:mu-wicked-2021');
  });

  it('needs dates that fit: the same year, a run covering the day, an open run since, or a film the year after', () => {
    expect(key('레미제라블', 'MUSICAL', '2019-05-01')).toBeNull();
    expect(key('알라딘', 'MUSICAL', '2025-06-30')).toBe('bundled:mu-aladdin-2024');
    expect(key('알라딘', 'MUSICAL', '2025-07-01')).toBeNull();
    expect(key('알라딘', 'MUSICAL', '2024-10-31')).toBeNull();
    expect(key('라이어', 'PLAY', '2025-08-15')).toBe('bundled:pl-run-for-your-wife-1998');
    expect(key('기생충', 'MOVIE', '2020-02-10')).toBe('bundled:mv-parasite-2019');
    expect(key('기생충', 'MOVIE', '2021-02-10')).toBeNull();
    expect(key('오페라의 유령', 'MUSICAL', '2001-12-20')).toBe('bundled:mu-the-phantom-of-the-opera-2001');
  });

  it('picks the film of that year when two films share a title', () => {
    expect(key('괴물', 'MOVIE', '2006-08-01')).toBe('bundled:mv-the-host-2006');
    expect(key('괴물', 'MOVIE', '2023-12-01')).toBe('bundled:mv-monster-2023');
    // A year after 2023's film and long after 2006's: only the newer one fits.
    expect(key('괴물', 'MOVIE', '2024-01-10')).toBe('bundled:mv-monster-2023');
  });

  it('scores date fit', () => {
    const parasite = getBundledShow('bundled:mv-parasite-2019')!;
    expect([dateFit(parasite, '2019-06-01'), dateFit(parasite, '2020-01-01'), dateFit(parasite, '2018-12-31')]).toEqual([2, 1, 0]);
  });
});

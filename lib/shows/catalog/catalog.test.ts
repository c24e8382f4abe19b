import { describe, expect, it } from 'vitest';
import { createCatalog, mergeShows, type CacheStore } from './catalog';
import type { CatalogShow } from '@/lib/shows/schemas';
import type { ShowProvider } from './types';
import type { PosterSource } from './tmdb';

function memoryCache() {
  const map = new Map<string, unknown>();
  const store: CacheStore = {
    get: async <T,>(k: string) => (map.has(k) ? (map.get(k) as T) : null),
    set: async (k, v) => void map.set(k, v),
  };
  return { map, cache: async () => store };
}

const show = (key: string, title: string, kind: CatalogShow['kind'], year: number, extra: Partial<CatalogShow> = {}): CatalogShow => ({ key, kind, title, year, ...extra });

function fakeProvider(name: 'kopis' | 'kobis', answer: CatalogShow[] | Error, kinds: CatalogShow['kind'][]) {
  const calls: string[] = [];
  const p: ShowProvider = {
    name,
    kinds,
    endpoint: `https://${name}.test`,
    async search(q) {
      calls.push(`search:${q}`);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    async get(id) {
      calls.push(`get:${id}`);
      if (answer instanceof Error) throw answer;
      return answer.find((s) => s.key === `${name}:${id}`) ?? null;
    },
  };
  return { p, calls };
}

const posters = (movies: Awaited<ReturnType<PosterSource['search']>> | Error): PosterSource & { calls: number } => {
  const src = {
    endpoint: 'https://tmdb.test',
    calls: 0,
    async search() {
      src.calls += 1;
      if (movies instanceof Error) throw movies;
      return movies;
    },
  };
  return src;
};

const today = () => '2025-01-15';
const LES_MIS = show('kopis:PF1', '레미제라블', 'MUSICAL', 2024, { posterUrl: 'https://www.kopis.or.kr/p.gif' });
const NEW_MUSICAL = show('kopis:PF2', '레미제라블 갈라 콘서트', 'CONCERT', 2025);
// Not a bundled film (a bundled twin would be dropped from results as a duplicate).
const HERO = show('kobis:20209343', '밤의 영웅', 'MOVIE', 2022);

describe('catalog search', () => {
  it('puts the bundled match first and drops a provider duplicate of it', async () => {
    const kopis = fakeProvider('kopis', [LES_MIS, NEW_MUSICAL], ['MUSICAL', 'CONCERT']);
    const catalog = createCatalog({ providers: [kopis.p], cache: memoryCache().cache, today });
    const { shows, failed } = await catalog.search('레미제라블');
    expect(shows.map((s) => s.key)).toEqual(['bundled:mu-les-miserables-2024', 'bundled:mv-les-miserables-2012', 'kopis:PF2']);
    expect(failed).toEqual([]);
  });

  it('answers from the bundled catalog when a provider fails, and names it', async () => {
    const kopis = fakeProvider('kopis', new Error('timeout'), ['MUSICAL']);
    const catalog = createCatalog({ providers: [kopis.p], cache: memoryCache().cache, today });
    expect(await catalog.search('레미제라블', { kind: 'MUSICAL' })).toEqual({ shows: [expect.objectContaining({ key: 'bundled:mu-les-miserables-2024' })], failed: ['kopis'] });
  });

  it('asks only providers of the asked kind', async () => {
    const kopis = fakeProvider('kopis', [LES_MIS], ['MUSICAL']);
    const kobis = fakeProvider('kobis', [HERO], ['MOVIE']);
    const catalog = createCatalog({ providers: [kopis.p, kobis.p], cache: memoryCache().cache, today });
    await catalog.search('영웅', { kind: 'MOVIE' });
    expect([kopis.calls, kobis.calls]).toEqual([[], ['search:영웅']]);
  });

  it('adds TMDB posters to KOBIS films; a TMDB failure only costs the posters', async () => {
    const kobis = fakeProvider('kobis', [HERO], ['MOVIE']);
    const tmdb = posters([{ id: 1, title: '밤의 영웅', originalTitle: 'Night Hero', year: 2022, posterUrl: 'https://image.tmdb.org/t/p/w342/a.jpg' }]);
    const withPosters = createCatalog({ providers: [kobis.p], posters: tmdb, cache: memoryCache().cache, today });
    expect((await withPosters.search('영웅', { kind: 'MOVIE' })).shows.find((s) => s.key === HERO.key)?.posterUrl).toBe('https://image.tmdb.org/t/p/w342/a.jpg');
    const broken = createCatalog({ providers: [kobis.p], posters: posters(new Error('401')), cache: memoryCache().cache, today });
    const res = await broken.search('영웅', { kind: 'MOVIE' });
    expect(res.failed).toEqual(['tmdb']);
    expect(res.shows.find((s) => s.key === HERO.key)).toEqual(HERO);
  });

  it('keeps provider answers: the same search asks once, and each show is kept for lookups', async () => {
    const kopis = fakeProvider('kopis', [NEW_MUSICAL], ['CONCERT']);
    const { map, cache } = memoryCache();
    const catalog = createCatalog({ providers: [kopis.p], cache, today });
    await catalog.search('갈라');
    await catalog.search(' 갈라 ');
    expect(kopis.calls).toEqual(['search:갈라']);
    expect(map.get('shows:item:kopis:PF2')).toEqual(NEW_MUSICAL);
    expect(await catalog.get('kopis:PF2')).toEqual(NEW_MUSICAL);
    expect(kopis.calls).toEqual(['search:갈라']);
  });

  it('a broken cache never fails a search', async () => {
    const kopis = fakeProvider('kopis', [NEW_MUSICAL], ['CONCERT']);
    const catalog = createCatalog({ providers: [kopis.p], cache: () => Promise.reject(new Error('kv down')), today });
    expect((await catalog.search('갈라')).shows).toEqual([NEW_MUSICAL]);
  });
});

describe('catalog lookup', () => {
  it('answers bundled keys without providers, and null for keys no catalog has', async () => {
    const catalog = createCatalog({ providers: [], cache: memoryCache().cache, today });
    expect(await catalog.get('bundled:mv-parasite-2019')).toMatchObject({ title: '기생충', year: 2019 });
    expect(await catalog.get('bundled:nope-1999')).toBeNull();
    expect(await catalog.get('kopis:PF1')).toBeNull(); // KOPIS is not configured
    expect(await catalog.get('typed:MOVIE:2025:x')).toBeNull();
    expect(await catalog.get('kopis:../../x')).toBeNull();
  });

  it('asks the provider once (then KV), adds a TMDB poster, and passes provider failures on', async () => {
    const kobis = fakeProvider('kobis', [HERO], ['MOVIE']);
    const tmdb = posters([{ id: 1, title: '밤의 영웅', originalTitle: 'Night Hero', year: 2022, posterUrl: 'https://image.tmdb.org/t/p/w342/a.jpg' }]);
    const catalog = createCatalog({ providers: [kobis.p], posters: tmdb, cache: memoryCache().cache, today });
    expect(await catalog.get(HERO.key)).toEqual({ ...HERO, posterUrl: 'https://image.tmdb.org/t/p/w342/a.jpg' });
    expect(await catalog.get(HERO.key)).toMatchObject({ posterUrl: expect.any(String) });
    expect(await catalog.get('kobis:0000')).toBeNull();
    expect(kobis.calls).toEqual(['get:20209343', 'get:0000']);
    const down = createCatalog({ providers: [fakeProvider('kobis', new Error('HTTP 500'), ['MOVIE']).p], cache: memoryCache().cache, today });
    await expect(down.get(HERO.key)).rejects.toThrow(/HTTP 500/);
  });
});

describe('mergeShows', () => {
  const b = Array.from({ length: 10 }, (_, i) => show(`bundled:b${i}`, `b${i}`, 'PLAY', 2020));
  const p = Array.from({ length: 10 }, (_, i) => show(`kopis:p${i}`, `p${i}`, 'PLAY', 2020));
  it('leaves providers at least half the list when both have plenty', () => {
    expect(mergeShows(b, p, 6).map((s) => s.key)).toEqual(['bundled:b0', 'bundled:b1', 'bundled:b2', 'kopis:p0', 'kopis:p1', 'kopis:p2']);
    expect(mergeShows(b, p.slice(0, 1), 6).map((s) => s.key)).toEqual(['bundled:b0', 'bundled:b1', 'bundled:b2', 'bundled:b3', 'bundled:b4', 'kopis:p0']);
    expect(mergeShows(b, [], 4)).toHaveLength(4);
  });
});

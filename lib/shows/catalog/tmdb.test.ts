import { describe, expect, it } from 'vitest';
import { parseTmdbSearch, posterFor, tmdbPosters } from './tmdb';
import { TMDB_ROWS, TMDB_UNAUTHORIZED, tmdbSearch } from './test-fixtures';

const IMAGES = 'https://image.tmdb.test/t/p';

describe('TMDB', () => {
  it('reads search results with poster URLs (none when poster_path is null)', () => {
    expect(parseTmdbSearch(tmdbSearch([TMDB_ROWS.hero, TMDB_ROWS.noPoster]), IMAGES)).toEqual([
      { id: 736732, title: '영웅', originalTitle: '영웅', year: 2022, posterUrl: `${IMAGES}/w342/hero2022.jpg` },
      { id: 1002, title: '영웅 본색', originalTitle: '英雄本色' },
    ]);
    expect(parseTmdbSearch(tmdbSearch([]), IMAGES)).toEqual([]);
    expect(() => parseTmdbSearch(TMDB_UNAUTHORIZED, IMAGES)).toThrow(/unexpected search shape/);
  });

  it('matches a poster by title and a release within a year', () => {
    const movies = parseTmdbSearch(tmdbSearch([TMDB_ROWS.heroOld, TMDB_ROWS.hero, TMDB_ROWS.noPoster]), IMAGES);
    expect(posterFor({ title: '영웅', year: 2022 }, movies)).toBe(`${IMAGES}/w342/hero2022.jpg`);
    expect(posterFor({ title: '영웅', year: 2003 }, movies)).toBe(`${IMAGES}/w342/hero2002.jpg`);
    expect(posterFor({ title: 'Hero', year: 2002 }, movies)).toBe(`${IMAGES}/w342/hero2002.jpg`);
    expect(posterFor({ title: '영웅', year: 2015 }, movies)).toBeUndefined();
    expect(posterFor({ title: '영웅 본색', year: 2026 }, movies)).toBeUndefined();
  });

  it('asks search/movie in Korean with the bearer token; a 401 is a failure', async () => {
    const seen: { url: URL; auth: string | null }[] = [];
    const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: new URL(String(input)), auth: new Headers(init?.headers).get('authorization') });
      const ok = new Headers(init?.headers).get('authorization') === 'Bearer tok';
      return new Response(ok ? tmdbSearch([TMDB_ROWS.parasite]) : TMDB_UNAUTHORIZED, { status: ok ? 200 : 401 });
    }) as typeof globalThis.fetch;
    const movies = await tmdbPosters({ token: 'tok', baseUrl: 'https://tmdb.test/3', imageBaseUrl: IMAGES, fetch }).search('기생충');
    expect(movies[0]).toMatchObject({ id: 496243, posterUrl: `${IMAGES}/w342/parasite.jpg` });
    expect(seen[0].url.pathname).toBe('/3/search/movie');
    expect(Object.fromEntries(seen[0].url.searchParams)).toEqual({ query: '기생충', language: 'ko-KR', include_adult: 'false', page: '1' });
    expect(seen[0].auth).toBe('Bearer tok');
    await expect(tmdbPosters({ token: 'bad', baseUrl: 'https://tmdb.test/3', imageBaseUrl: IMAGES, fetch }).search('x')).rejects.toThrow(/HTTP 401/);
  });
});

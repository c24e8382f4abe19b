import { describe, expect, it } from 'vitest';
import { kobisProvider, parseKobisInfo, parseKobisList } from './kobis';
import { KOBIS_FAULT, KOBIS_ROWS, kobisInfo, kobisList } from './test-fixtures';

function provider(body: string, status = 200) {
  const urls: URL[] = [];
  const fetch = (async (input: string | URL | Request) => {
    urls.push(new URL(String(input)));
    return new Response(body, { status, headers: { 'content-type': 'application/json;charset=UTF-8' } });
  }) as typeof globalThis.fetch;
  return { p: kobisProvider({ apiKey: 'kobis-key', baseUrl: 'https://kobis.test/kobisopenapi/webservice/rest', fetch }), urls };
}

describe('KOBIS answers', () => {
  it('reads the movie list: Korean title, release day and year, genre, English title; no posters', () => {
    expect(parseKobisList(kobisList([KOBIS_ROWS.parasite]))).toEqual([
      { key: 'kobis:20183782', kind: 'MOVIE', title: '기생충', year: 2019, originalTitle: 'Parasite', genre: '드라마', runStart: '2019-05-30' },
    ]);
  });

  it('uses the production year when there is no release day, and leaves out adult films', () => {
    const shows = parseKobisList(kobisList([KOBIS_ROWS.heroUpcoming, KOBIS_ROWS.adult]));
    expect(shows).toEqual([{ key: 'kobis:20261234', kind: 'MOVIE', title: '영웅 본색', year: 2026, genre: '액션' }]);
  });

  it('reads an empty list, and a faultInfo answer (sent with HTTP 200) as a failure', () => {
    expect(parseKobisList(kobisList([]))).toEqual([]);
    expect(() => parseKobisList(KOBIS_FAULT)).toThrow(/fault 320010 유효하지않은 키값입니다/);
    expect(() => parseKobisList('<html>')).toThrow(/not JSON/);
    expect(() => parseKobisList('{"boxOfficeResult":{}}')).toThrow(/unexpected list shape/);
  });

  it('reads movie info, and an empty movieInfo as no movie', () => {
    expect(parseKobisInfo(kobisInfo(KOBIS_ROWS.hero))).toMatchObject({ key: 'kobis:20209343', title: '영웅', year: 2022, genre: '드라마' });
    expect(parseKobisInfo(JSON.stringify({ movieInfoResult: { movieInfo: {}, source: '영화진흥위원회' } }))).toBeNull();
  });
});

describe('KOBIS requests', () => {
  it('searches by movie name with the key, newest release first', async () => {
    const { p, urls } = provider(kobisList([KOBIS_ROWS.heroOld, KOBIS_ROWS.hero]));
    expect((await p.search('영웅', { limit: 10, today: '2025-01-01' })).map((s) => s.year)).toEqual([2022, 1978]);
    expect(urls[0].pathname).toBe('/kobisopenapi/webservice/rest/movie/searchMovieList.json');
    expect(Object.fromEntries(urls[0].searchParams)).toEqual({ key: 'kobis-key', movieNm: '영웅', curPage: '1', itemPerPage: '10' });
  });

  it('gets one film by movieCd', async () => {
    const { p, urls } = provider(kobisInfo(KOBIS_ROWS.parasite));
    expect(await p.get('20183782')).toMatchObject({ key: 'kobis:20183782', title: '기생충' });
    expect(Object.fromEntries(urls[0].searchParams)).toEqual({ key: 'kobis-key', movieCd: '20183782' });
  });

  it('fails on an HTTP error or a fault', async () => {
    await expect(provider('', 500).p.search('a', { limit: 5, today: '2025-01-01' })).rejects.toThrow(/HTTP 500/);
    await expect(provider(KOBIS_FAULT).p.get('20183782')).rejects.toThrow(/320010/);
  });
});

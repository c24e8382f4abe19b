// The show catalog end to end: a server of its own whose KOPIS, KOBIS and TMDB settings
// point at a local stand-in speaking their real formats; what a failing or silent
// provider leaves (the bundled catalog); the art route; and show resolution for pieces
// (typed titles meeting on one row under concurrency, catalog keys, unknown keys).
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE, newUser } from '../helpers/client';
import { startServer } from '../helpers/server';
import { startShowProviders } from '../helpers/show-providers';
import { db } from '@/lib/db';
import { kv } from '@/lib/kv';
import { AppError } from '@/lib/errors';
import { createCatalog } from '@/lib/shows/catalog/catalog';
import { kopisProvider } from '@/lib/shows/catalog/kopis';
import { KOBIS_ROWS, KOPIS_ROWS, TMDB_ROWS } from '@/lib/shows/catalog/test-fixtures';
import { resolveShow, typedShowKey } from '@/lib/shows/service';
import type { CatalogShow } from '@/lib/shows/schemas';

const HEROES_NIGHT = { movieCd: '20248888', movieNm: '영웅들의 밤', movieNmEn: 'Night of Heroes', prdtYear: '2024', openDt: '20240501', genreAlt: '드라마', repGenreNm: '드라마' };
const providers = await startShowProviders({
  kopis: Object.values(KOPIS_ROWS),
  kobis: [KOBIS_ROWS.hero, KOBIS_ROWS.heroOld, KOBIS_ROWS.adult, HEROES_NIGHT],
  tmdb: [TMDB_ROWS.hero, { id: 5005, title: '영웅들의 밤', original_title: 'Night of Heroes', release_date: '2024-05-01', poster_path: '/heroes-night.jpg' }],
});
const TIMEOUT_MS = 1500;
let server: Awaited<ReturnType<typeof startServer>>;
let me: Awaited<ReturnType<typeof newUser>>;

beforeAll(async () => {
  [server, me] = await Promise.all([startServer({ ...providers.env, SHOW_CATALOG_TIMEOUT_MS: String(TIMEOUT_MS), MOA_TEST_HOOKS: '0' }), newUser()]);
}, 120_000);
afterEach(() => providers.reset());
afterAll(async () => {
  await server?.stop();
  await providers.stop();
  await db.$disconnect();
});

async function search(params: Record<string, string>, base = server.base, cookie = me.client.cookieHeader()) {
  const res = await fetch(`${base}/api/shows/search?${new URLSearchParams(params)}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, body: await res.json() };
}
const keys = (shows: CatalogShow[]) => shows.map((s) => s.key);

describe('GET /api/shows/search', () => {
  it('refuses anonymous callers and bad input with a clear 4xx', async () => {
    expect((await search({ q: '레미' }, server.base, '')).status).toBe(401);
    const empty = await search({ q: '  ' });
    expect([empty.status, empty.body.error.message]).toEqual([422, '찾을 제목을 입력해 주세요.']);
    expect((await search({ q: 'x'.repeat(101) })).body.error.message).toBe('검색어는 100자까지 입력할 수 있어요.');
    expect((await search({ q: '레미', kind: 'BALLET' })).status).toBe(422);
    expect(providers.requests).toEqual([]);
  });

  it('KOPIS: bundled first, its duplicate dropped, the rest with https posters; asked with the key over 31 days', async () => {
    const { status, body } = await search({ q: '레미제라블', kind: 'MUSICAL' });
    expect(status).toBe(200);
    expect(body.failed).toEqual([]);
    expect(keys(body.shows)).toEqual(['bundled:mu-les-miserables-2024', 'kopis:PF250002']);
    expect(body.shows[1]).toEqual({
      key: 'kopis:PF250002', kind: 'MUSICAL', title: '레미제라블 [부산]', year: 2025, genre: '뮤지컬', venue: '드림씨어터',
      runStart: '2025-04-04', runEnd: '2025-05-25', posterUrl: 'https://www.kopis.or.kr/upload/pfmPoster/PF_PF250002_240101_120000.gif',
    });
    const asked = providers.requests.filter((r) => r.name === 'kopis');
    expect(asked).toHaveLength(1);
    const q = asked[0].url.searchParams;
    expect([asked[0].url.pathname, q.get('service'), q.get('shprfnm'), q.get('shcate'), q.get('cpage')]).toEqual(['/kopis/openApi/restful/pblprfr', 'kopis-test-key', '레미제라블', 'GGGA', '1']);
    const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8));
    expect((day(q.get('eddate')!) - day(q.get('stdate')!)) / 86_400_000).toBe(30);
    // Films were not asked for: KOBIS and TMDB only know movies.
    expect(providers.requests.some((r) => r.name !== 'kopis')).toBe(false);
  });

  it('KOPIS: a single result (one <db>, an object once parsed) and no result (an empty <dbs>)', async () => {
    const one = await search({ q: 'Vaundy' });
    expect(keys(one.body.shows)).toEqual(['kopis:PF287093']);
    expect(one.body.shows[0]).toMatchObject({ kind: 'CONCERT', venue: '인스파이어 엔터테인먼트 리조트 (아레나)' });
    const none = await search({ q: '세상에없는공연제목' });
    expect(none.body).toEqual({ shows: [], failed: [] });
  });

  it('KOBIS with TMDB posters: newest first, adult films left out, posters matched by title and year', async () => {
    const { body } = await search({ q: '영웅', kind: 'MOVIE' });
    expect(body.failed).toEqual([]);
    expect(keys(body.shows)).toEqual(['bundled:mv-hero-2022', 'kobis:20248888', 'kobis:19780041']);
    expect(body.shows[1]).toMatchObject({ title: '영웅들의 밤', year: 2024, originalTitle: 'Night of Heroes', posterUrl: 'https://image.tmdb.org/t/p/w342/heroes-night.jpg' });
    expect(body.shows[2].posterUrl).toBeUndefined();
    const tmdb = providers.requests.find((r) => r.name === 'tmdb')!;
    expect([tmdb.auth, tmdb.url.searchParams.get('language'), tmdb.url.searchParams.get('query')]).toEqual(['Bearer tmdb-test-token', 'ko-KR', '영웅']);
    const kobis = providers.requests.find((r) => r.name === 'kobis')!;
    expect([kobis.url.pathname, kobis.url.searchParams.get('key')]).toEqual(['/kobis/kobisopenapi/webservice/rest/movie/searchMovieList.json', 'kobis-test-key']);
  });

  it('keeps provider answers in KV: the same search again does not ask the providers', async () => {
    await search({ q: '호두까기' });
    const first = providers.requests.length;
    expect(first).toBeGreaterThan(0);
    const again = await search({ q: ' 호두까기 ' });
    expect(keys(again.body.shows)).toContain('kopis:PF279014');
    expect(providers.requests.length).toBe(first);
  });

  for (const mode of ['http-error', 'error-body', 'garbage'] as const) {
    it(`falls back to the bundled catalog when every provider fails (${mode})`, async () => {
      Object.assign(providers.modes, { kopis: mode, kobis: mode, tmdb: mode });
      const { status, body } = await search({ q: '파묘' });
      expect(status).toBe(200);
      expect(keys(body.shows)).toEqual(['bundled:mv-exhuma-2024']);
      expect(body.failed.sort()).toEqual(['kobis', 'kopis', 'tmdb']);
      expect(providers.requests.map((r) => r.name).sort()).toEqual(['kobis', 'kopis', 'tmdb']);
    });
  }

  it('gives up on a provider that does not answer after the timeout, with the bundled part', async () => {
    providers.modes.kopis = 'hang';
    const started = Date.now();
    const { status, body } = await search({ q: '라이어' });
    const took = Date.now() - started;
    expect(status).toBe(200);
    expect(body.failed).toEqual(['kopis']);
    expect(keys(body.shows)[0]).toBe('bundled:pl-run-for-your-wife-1998');
    expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(took).toBeLessThan(TIMEOUT_MS + 5000);
  });

  it('the shared server (no provider keys) answers from the bundled catalog alone', async () => {
    const { body } = await search({ q: 'ㄹㅁㅈㄹㅂ' }, BASE);
    expect(keys(body.shows)).toEqual(['bundled:mu-les-miserables-2024', 'bundled:mv-les-miserables-2012']);
    expect(providers.requests).toEqual([]);
  });
});

describe('GET /api/shows/art/[key]', () => {
  it('serves generated art as SVG or PNG with year-long cache headers, to anyone', async () => {
    const svg = await fetch(`${BASE}/api/shows/art/${encodeURIComponent('bundled:mv-parasite-2019')}?v=1`);
    expect([svg.status, svg.headers.get('content-type'), svg.headers.get('cache-control')]).toEqual([200, 'image/svg+xml', 'public, max-age=31536000, immutable']);
    expect(await svg.text()).toMatch(/^<svg width="600" height="900"/);
    const png = await fetch(`${BASE}/api/shows/art/bundled:mv-parasite-2019?format=png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(await sharp(Buffer.from(await png.arrayBuffer())).metadata()).toMatchObject({ format: 'png', width: 600, height: 900 });
  }, 30_000);

  it('draws provider shows seen in a search and typed shows; 404 for keys nobody knows', async () => {
    await search({ q: '영웅들의 밤', kind: 'MOVIE' });
    expect((await fetch(`${server.base}/api/shows/art/kobis:20248888`)).status).toBe(200);
    const typed = await resolveShow({ title: `아트 테스트 ${Date.now()}`, kind: 'PLAY', date: '2025-03-01' });
    expect((await fetch(`${BASE}/api/shows/art/${encodeURIComponent(typed.key)}`)).status).toBe(200);
    const missing = await fetch(`${BASE}/api/shows/art/kobis:99999999`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control') ?? '').not.toContain('immutable');
    expect((await fetch(`${BASE}/api/shows/art/bundled:nope-2020`)).status).toBe(404);
  }, 30_000);
});

describe('resolveShow', () => {
  // The test process asks the stand-in directly through a catalog of its own.
  const catalog = createCatalog({
    providers: [kopisProvider({ serviceKey: 'kopis-test-key', baseUrl: providers.env.KOPIS_BASE_URL, timeoutMs: 1000 })],
    cache: kv,
    today: () => '2025-04-20',
  });
  const rows = (key: string) => db.show.count({ where: { key } });

  it('"레미제라블 " and "레미제라블" typed at once in the same year meet on one show', async () => {
    const title = (i: number) => [`레미제라블 `, '레미제라블', ' 레미 제라블', '《레미제라블》'][i % 4];
    const shows = await Promise.all(Array.from({ length: 12 }, (_, i) => resolveShow({ title: title(i), kind: 'MUSICAL', date: '2019-05-04' })));
    const key = typedShowKey({ title: '레미제라블', kind: 'MUSICAL', year: 2019 });
    expect(new Set(shows.map((s) => s.id)).size).toBe(1);
    expect([shows[0].key, await rows(key)]).toEqual([key, 1]);
    // Another kind, another year: other shows.
    const play = await resolveShow({ title: '레미제라블', kind: 'PLAY', date: '2019-05-04' });
    const later = await resolveShow({ title: '레미제라블', kind: 'MUSICAL', date: '2027-01-09' });
    expect(new Set([shows[0].id, play.id, later.id]).size).toBe(3);
  });

  it('a typed title of a bundled show on a fitting date lands on that show, created once with its facts', async () => {
    const shows = await Promise.all(Array.from({ length: 8 }, (_, i) => resolveShow({ title: i % 2 ? '알라딘' : ' 알라딘!', kind: 'MUSICAL', date: '2025-02-14' })));
    expect(new Set(shows.map((s) => s.id)).size).toBe(1);
    expect(shows[0]).toMatchObject({ key: 'bundled:mu-aladdin-2024', title: '알라딘', venue: '샤롯데씨어터', year: 2024, posterUrl: null });
    expect(shows[0].runStart?.toISOString().slice(0, 10)).toBe('2024-11-01');
    expect(await rows('bundled:mu-aladdin-2024')).toBe(1);
    expect((await resolveShow({ catalogKey: 'bundled:mu-aladdin-2024', title: 'whatever', kind: 'PLAY', date: '2025-02-14' })).id).toBe(shows[0].id);
  });

  it('a provider key becomes a show with the provider facts; the same key concurrently makes one row', async () => {
    const shows = await Promise.all(Array.from({ length: 6 }, () => resolveShow({ catalogKey: 'kopis:PF250001', title: '레미제라블', kind: 'MUSICAL', date: '2025-01-05' }, db, catalog)));
    expect(new Set(shows.map((s) => s.id)).size).toBe(1);
    expect(shows[0]).toMatchObject({ key: 'kopis:PF250001', kind: 'MUSICAL', title: '레미제라블', venue: '블루스퀘어 (신한카드홀)', posterUrl: 'https://www.kopis.or.kr/upload/pfmPoster/PF_PF250001_240101_120000.gif' });
    expect(await rows('kopis:PF250001')).toBe(1);
  });

  it('an unknown or malformed key is a clear 422 and creates nothing', async () => {
    const before = await db.show.count();
    for (const catalogKey of ['kopis:PF000000', 'bundled:nope-2020', 'kobis:20183782', 'naver:1', 'kopis:../x']) {
      const err = await resolveShow({ catalogKey, title: '무엇', kind: 'PLAY', date: '2025-01-05' }, db, catalog).catch((e) => e);
      expect(err, catalogKey).toBeInstanceOf(AppError);
      expect([err.status, err.message]).toEqual([422, 'shows.errors.unknownShow']);
    }
    const badDate = await resolveShow({ title: '무엇', kind: 'PLAY', date: '2025-13-01' }).catch((e) => e);
    expect(badDate.status).toBe(422);
    const noLetters = await resolveShow({ title: '!!!', kind: 'PLAY', date: '2025-01-05' }).catch((e) => e);
    expect(noLetters.message).toBe('shows.errors.titleUnusable');
    expect(await db.show.count()).toBe(before);
  });

  it('when the provider is down, a piece still gets the show its title means', async () => {
    providers.modes.kopis = 'http-error';
    const liar = await resolveShow({ catalogKey: 'kopis:PF132236', title: '라이어', kind: 'PLAY', date: '2025-04-20' }, db, catalog);
    expect(liar.key).toBe('bundled:pl-run-for-your-wife-1998');
    const typed = await resolveShow({ catalogKey: 'kopis:PF250777', title: '처음 보는 연극', kind: 'PLAY', date: '2025-04-20' }, db, catalog);
    expect(typed.key).toBe(typedShowKey({ title: '처음 보는 연극', kind: 'PLAY', year: 2025 }));
    expect(providers.requests.map((r) => r.url.pathname)).toEqual(['/kopis/openApi/restful/pblprfr/PF132236', '/kopis/openApi/restful/pblprfr/PF250777']);
  });
});

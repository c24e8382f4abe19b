// A stand-in for the three show catalog providers on one local port, speaking their real
// formats (lib/shows/catalog/test-fixtures.ts): KOPIS XML under /kopis, KOBIS JSON under
// /kobis, TMDB JSON under /tmdb. Each can be switched to fail: an HTTP error, the
// provider's own error body, a body that is not its format, or no answer at all.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  KOBIS_FAULT, KOPIS_EMPTY, KOPIS_ERROR, TMDB_UNAUTHORIZED, kobisInfo, kobisList, kopisDetail, kopisList, tmdbSearch,
  type KobisRow, type KopisRow, type TmdbRow,
} from '@/lib/shows/catalog/test-fixtures';

export type Mode = 'ok' | 'http-error' | 'error-body' | 'garbage' | 'hang';
type Name = 'kopis' | 'kobis' | 'tmdb';

export const KEYS = { kopis: 'kopis-test-key', kobis: 'kobis-test-key', tmdb: 'tmdb-test-token' };

export interface StandInData {
  kopis: KopisRow[];
  kobis: KobisRow[];
  tmdb: TmdbRow[];
}

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const CATEGORY: Record<string, string> = { AAAA: '연극', GGGA: '뮤지컬' };

export async function startShowProviders(data: StandInData) {
  const modes: Record<Name, Mode> = { kopis: 'ok', kobis: 'ok', tmdb: 'ok' };
  const requests: { name: Name; url: URL; auth: string | null }[] = [];

  function answer(name: Name, url: URL, auth: string | null): [number, string] | null {
    const q = url.searchParams;
    if (name === 'kopis') {
      if (q.get('service') !== KEYS.kopis) return [200, KOPIS_ERROR];
      const detail = /\/pblprfr\/([^/]+)$/.exec(url.pathname);
      if (detail) {
        const row = data.kopis.find((r) => r.id === detail[1]);
        return [200, row ? kopisDetail(row) : KOPIS_EMPTY];
      }
      const rows = data.kopis.filter((r) => squash(r.title).includes(squash(q.get('shprfnm') ?? '')) && (!q.get('shcate') || r.genre === CATEGORY[q.get('shcate')!]));
      return [200, rows.length ? kopisList(rows.slice(0, Number(q.get('rows') ?? 10))) : KOPIS_EMPTY];
    }
    if (name === 'kobis') {
      if (q.get('key') !== KEYS.kobis) return [200, KOBIS_FAULT];
      if (url.pathname.endsWith('/searchMovieInfo.json')) {
        const row = data.kobis.find((r) => r.movieCd === q.get('movieCd'));
        return [200, row ? kobisInfo(row) : JSON.stringify({ movieInfoResult: { movieInfo: {}, source: '영화진흥위원회' } })];
      }
      return [200, kobisList(data.kobis.filter((r) => squash(r.movieNm).includes(squash(q.get('movieNm') ?? ''))))];
    }
    if (auth !== `Bearer ${KEYS.tmdb}`) return [401, TMDB_UNAUTHORIZED];
    return [200, tmdbSearch(data.tmdb.filter((r) => squash(r.title).includes(squash(q.get('query') ?? ''))))];
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const name = url.pathname.split('/')[1] as Name;
    if (!(name in modes)) return void res.writeHead(404).end();
    requests.push({ name, url, auth: req.headers.authorization ?? null });
    const mode = modes[name];
    if (mode === 'hang') return; // never answers; the app's timeout has to give up
    const type = name === 'kopis' ? 'application/xml;charset=UTF-8' : 'application/json;charset=UTF-8';
    if (mode === 'http-error') return void res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
    if (mode === 'garbage') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>점검 중입니다</body></html>');
    if (mode === 'error-body') {
      const body = { kopis: KOPIS_ERROR, kobis: KOBIS_FAULT, tmdb: TMDB_UNAUTHORIZED }[name];
      return void res.writeHead(name === 'tmdb' ? 401 : 200, { 'content-type': type }).end(body);
    }
    const [status, body] = answer(name, url, req.headers.authorization ?? null)!;
    res.writeHead(status, { 'content-type': type }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    modes,
    requests,
    /** The app server's settings pointing at this stand-in. */
    env: {
      KOPIS_SERVICE_KEY: KEYS.kopis,
      KOPIS_BASE_URL: `${base}/kopis/openApi/restful`,
      KOBIS_API_KEY: KEYS.kobis,
      KOBIS_BASE_URL: `${base}/kobis/kobisopenapi/webservice/rest`,
      TMDB_ACCESS_TOKEN: KEYS.tmdb,
      TMDB_BASE_URL: `${base}/tmdb/3`,
      TMDB_IMAGE_BASE_URL: 'https://image.tmdb.org/t/p',
    },
    reset() {
      Object.assign(modes, { kopis: 'ok', kobis: 'ok', tmdb: 'ok' });
      requests.length = 0;
    },
    stop: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

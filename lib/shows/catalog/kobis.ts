// KOBIS (영화관입장권통합전산망, kobis.or.kr open API) for films: a `key`, JSON answers,
// no posters. List: GET {base}/movie/searchMovieList.json?key&movieNm&curPage&itemPerPage
// → { movieListResult: { totCnt, movieList: [...] } }; detail: GET
// {base}/movie/searchMovieInfo.json?key&movieCd → { movieInfoResult: { movieInfo } }.
// Errors arrive with HTTP 200 as { faultInfo: { message, errorCode } }.
import { z } from 'zod';
import type { CatalogShow } from '@/lib/shows/schemas';
import { isoDay, parseJson, ProviderError, queryKeyClient, type ProviderOptions, type ShowProvider } from './types';

const MAX_ROWS = 100;
// KOBIS lists adult films among the rest; they are not what people record here.
const ADULT = /성인물/;

const s = z.string().catch('');
const movieSchema = z.object({
  movieCd: z.string(),
  movieNm: s,
  movieNmEn: s.optional(),
  movieNmOg: s.optional(),
  prdtYear: s.optional(),
  openDt: s.optional(),
  genreAlt: s.optional(),
  repGenreNm: s.optional(),
  genres: z.array(z.object({ genreNm: s })).catch([]).optional(),
});
type KobisMovie = z.infer<typeof movieSchema>;

const listSchema = z.object({ movieListResult: z.object({ movieList: z.array(z.unknown()).catch([]) }) });
const infoSchema = z.object({ movieInfoResult: z.object({ movieInfo: z.unknown() }) });

function checkFault(body: unknown) {
  const fault = (body as { faultInfo?: { message?: unknown; errorCode?: unknown } } | null)?.faultInfo;
  if (fault) throw new ProviderError('kobis', `fault ${String(fault.errorCode ?? '')} ${String(fault.message ?? '')}`.trim());
}

/** One KOBIS movie (list item or movieInfo) as a catalog show; null when unusable. */
export function kobisShow(raw: unknown): CatalogShow | null {
  const parsed = movieSchema.safeParse(raw);
  if (!parsed.success) return null;
  const m: KobisMovie = parsed.data;
  const genre = m.repGenreNm || m.genres?.[0]?.genreNm || m.genreAlt?.split(',')[0] || '';
  const openDay = isoDay(m.openDt);
  const year = openDay ? Number(openDay.slice(0, 4)) : Number(m.prdtYear);
  if (!/^[A-Za-z0-9]{1,20}$/.test(m.movieCd) || !m.movieNm.trim() || !Number.isInteger(year) || year < 1900) return null;
  if (ADULT.test(`${m.genreAlt ?? ''},${genre}`)) return null;
  const original = (m.movieNmOg || m.movieNmEn || '').trim();
  return {
    key: `kobis:${m.movieCd}`,
    kind: 'MOVIE',
    title: m.movieNm.trim(),
    year,
    ...(original && original !== m.movieNm.trim() ? { originalTitle: original } : {}),
    ...(genre ? { genre } : {}),
    ...(openDay ? { runStart: openDay } : {}),
  };
}

export function parseKobisList(text: string): CatalogShow[] {
  const body = parseJson('kobis', text);
  checkFault(body);
  const parsed = listSchema.safeParse(body);
  if (!parsed.success) throw new ProviderError('kobis', 'unexpected list shape');
  return parsed.data.movieListResult.movieList.map(kobisShow).filter((m): m is CatalogShow => !!m);
}

export function parseKobisInfo(text: string): CatalogShow | null {
  const body = parseJson('kobis', text);
  checkFault(body);
  const parsed = infoSchema.safeParse(body);
  if (!parsed.success) throw new ProviderError('kobis', 'unexpected info shape');
  return kobisShow(parsed.data.movieInfoResult.movieInfo);
}

export function kobisProvider({ apiKey, ...opts }: ProviderOptions & { apiKey: string }): ShowProvider {
  const { base, get } = queryKeyClient('kobis', opts, { key: apiKey });
  return {
    name: 'kobis',
    kinds: ['MOVIE'],
    endpoint: base,
    async search(q, { limit }) {
      const text = await get('/movie/searchMovieList.json', { movieNm: q, curPage: '1', itemPerPage: String(Math.min(MAX_ROWS, limit)) });
      // Newest release first: the film someone just saw, not a 1970s namesake.
      return parseKobisList(text).sort((a, b) => (b.runStart ?? `${b.year}`).localeCompare(a.runStart ?? `${a.year}`)).slice(0, limit);
    },
    async get(id) {
      if (!/^[A-Za-z0-9]{1,20}$/.test(id)) return null;
      return parseKobisInfo(await get('/movie/searchMovieInfo.json', { movieCd: id }));
    },
  };
}

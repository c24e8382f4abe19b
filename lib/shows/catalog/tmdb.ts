// TMDB (api.themoviedb.org v3) for film posters, which KOBIS does not have: a bearer
// token, GET {base}/search/movie?query&language=ko-KR&include_adult=false&page=1 →
// { page, results: [{ id, title, original_title, release_date, poster_path|null, … }],
// total_pages, total_results }. Posters live at {image base}/w342{poster_path}.
import { z } from 'zod';
import type { CatalogShow } from '@/lib/shows/schemas';
import { normaliseTitle } from '@/lib/shows/normalise';
import { getText, parseJson, ProviderError, type ProviderOptions } from './types';

export interface TmdbMovie {
  id: number;
  title: string;
  originalTitle: string;
  year?: number;
  posterUrl?: string;
}

const resultSchema = z.object({
  id: z.number().int(),
  title: z.string().catch(''),
  original_title: z.string().catch(''),
  release_date: z.string().nullish().catch(null),
  poster_path: z.string().nullish().catch(null),
});
const responseSchema = z.object({ results: z.array(z.unknown()) });

export function parseTmdbSearch(text: string, imageBaseUrl: string): TmdbMovie[] {
  const parsed = responseSchema.safeParse(parseJson('tmdb', text));
  if (!parsed.success) throw new ProviderError('tmdb', 'unexpected search shape');
  const base = imageBaseUrl.replace(/\/+$/, '');
  return parsed.data.results.flatMap((raw) => {
    const r = resultSchema.safeParse(raw);
    if (!r.success) return [];
    const year = /^\d{4}/.test(r.data.release_date ?? '') ? Number(r.data.release_date!.slice(0, 4)) : undefined;
    // A poster path is "/abc.jpg"; anything else is not ours to put in a URL.
    const poster = r.data.poster_path && /^\/[A-Za-z0-9._-]+$/.test(r.data.poster_path) ? `${base}/w342${r.data.poster_path}` : undefined;
    return [{ id: r.data.id, title: r.data.title, originalTitle: r.data.original_title, ...(year ? { year } : {}), ...(poster ? { posterUrl: poster } : {}) }];
  });
}

/** The poster of the TMDB film that is this show: same title (Korean or original), released within a year. */
export function posterFor(show: Pick<CatalogShow, 'title' | 'originalTitle' | 'year'>, movies: TmdbMovie[]): string | undefined {
  const names = new Set([show.title, show.originalTitle].filter((n): n is string => !!n).map(normaliseTitle));
  const fits = movies.filter((m) => m.posterUrl && [m.title, m.originalTitle].some((t) => names.has(normaliseTitle(t))) && (m.year === undefined || Math.abs(m.year - show.year) <= 1));
  fits.sort((a, b) => Math.abs((a.year ?? 9999) - show.year) - Math.abs((b.year ?? 9999) - show.year));
  return fits[0]?.posterUrl;
}

export interface PosterSource {
  readonly endpoint: string;
  search(q: string): Promise<TmdbMovie[]>;
}

export function tmdbPosters({ token, baseUrl, imageBaseUrl, fetch, timeoutMs }: ProviderOptions & { token: string; imageBaseUrl: string }): PosterSource {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    endpoint: base,
    async search(q) {
      const params = new URLSearchParams({ query: q, language: 'ko-KR', include_adult: 'false', page: '1' });
      const text = await getText('tmdb', `${base}/search/movie?${params}`, {
        fetch,
        timeoutMs,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      });
      return parseTmdbSearch(text, imageBaseUrl);
    },
  };
}

// The show catalog: the bundled list always, and the providers whose keys are set
// (KOPIS for stage, KOBIS for films, TMDB posters for KOBIS films). A provider that fails
// or is slow (3 s) leaves its part out and the bundled catalog answers, like the gift
// search. Provider answers are kept in KV: searches for 6 hours, each show for a day
// (so a show picked from a search still resolves if the provider goes down meanwhile).
import { createHash } from 'node:crypto';
import { env } from '@/lib/env';
import { kv } from '@/lib/kv';
import { now } from '@/lib/clock';
import { kstDay } from '@/lib/missions/schedule';
import { CATALOG_KEY, type CatalogShow, type ShowKind, type ShowSearchResult } from '@/lib/shows/schemas';
import { getBundledShow, searchBundled } from './bundled';
import { kobisProvider } from './kobis';
import { kopisProvider } from './kopis';
import { sameShowKey } from './titles';
import { posterFor, tmdbPosters, type PosterSource } from './tmdb';
import type { ShowProvider } from './types';

export interface CacheStore {
  get<T>(key: string): Promise<T | null>;
  set(key: string, value: unknown, opts?: { ttlSeconds?: number }): Promise<void>;
}

export interface CatalogDeps {
  providers: ShowProvider[];
  posters?: PosterSource | null;
  cache: () => Promise<CacheStore>;
  /** Today in Korea, 'YYYY-MM-DD'. */
  today: () => string;
}

export interface ShowCatalog {
  search(q: string, opts?: { kind?: ShowKind; limit?: number }): Promise<ShowSearchResult>;
  /** A show by catalog key; null when no catalog has it. Throws when its provider fails. */
  get(key: string): Promise<CatalogShow | null>;
}

const SEARCH_TTL = 6 * 3600;
const ITEM_TTL = 24 * 3600;
const hash = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
export const itemCacheKey = (key: string) => `shows:item:${key}`;

/** Bundled first; when providers answered too, bundled takes at most half the list (unless they have fewer). */
export function mergeShows(bundled: CatalogShow[], fromProviders: CatalogShow[], limit: number): CatalogShow[] {
  const room = fromProviders.length ? Math.max(Math.ceil(limit / 2), limit - fromProviders.length) : limit;
  const seen = new Set<string>();
  const out: CatalogShow[] = [];
  for (const s of [...bundled.slice(0, room), ...fromProviders]) {
    const same = sameShowKey(s);
    if (seen.has(same) || seen.has(s.key)) continue;
    seen.add(same).add(s.key);
    out.push(s);
  }
  return out.slice(0, limit);
}

export function createCatalog(deps: CatalogDeps): ShowCatalog {
  const store = () => deps.cache().catch(() => null);
  /** The cached value, or a fresh one (then stored); cache trouble never fails a search. */
  async function cached<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<{ value: T; fresh: boolean }> {
    const s = await store();
    const hit = await s?.get<T>(key).catch(() => null);
    if (hit !== null && hit !== undefined) return { value: hit, fresh: false };
    const value = await load();
    await s?.set(key, value, { ttlSeconds }).catch(() => {});
    return { value, fresh: true };
  }
  const withPoster = (s: CatalogShow, movies: Awaited<ReturnType<PosterSource['search']>>) => {
    const poster = s.kind === 'MOVIE' && !s.posterUrl ? posterFor(s, movies) : undefined;
    return poster ? { ...s, posterUrl: poster } : s;
  };

  return {
    async search(query, { kind, limit = 20 } = {}) {
      const q = query.trim();
      const today = deps.today();
      const bundled = searchBundled(q, { kind, limit });
      const providers = deps.providers.filter((p) => !kind || p.kinds.includes(kind));
      const posters = deps.posters && providers.some((p) => p.kinds.includes('MOVIE')) ? deps.posters : null;
      const failed: string[] = [];
      const attempt = async <T>(name: string, fn: () => Promise<{ value: T; fresh: boolean }>, none: T) => {
        try {
          return await fn();
        } catch (err) {
          console.warn(`[moa] show catalog: ${name} failed, answering from the bundled catalog:`, (err as Error).message);
          failed.push(name);
          return { value: none, fresh: false };
        }
      };
      const [answers, movies] = await Promise.all([
        Promise.all(providers.map((p) => attempt(p.name, () => cached(`shows:search:${p.name}:${hash(p.endpoint, q.toLowerCase(), kind, limit, today)}`, SEARCH_TTL, () => p.search(q, { kind, limit, today })), [] as CatalogShow[]))),
        posters ? attempt('tmdb', () => cached(`shows:posters:${hash(posters.endpoint, q.toLowerCase())}`, SEARCH_TTL, () => posters.search(q)), []) : { value: [], fresh: false },
      ]);
      const found = answers.flatMap((a) => a.value.map((s) => withPoster(s, movies.value)));
      const fresh = answers.some((a) => a.fresh) || movies.fresh;
      if (fresh && found.length) {
        const s = await store();
        await Promise.all(found.map((show) => s?.set(itemCacheKey(show.key), show, { ttlSeconds: ITEM_TTL }).catch(() => {})));
      }
      return { shows: mergeShows(bundled, found, limit), failed };
    },

    async get(key) {
      if (!CATALOG_KEY.test(key)) return null;
      const at = key.indexOf(':');
      const [prefix, id] = [key.slice(0, at), key.slice(at + 1)];
      if (prefix === 'bundled') return getBundledShow(key);
      const provider = deps.providers.find((p) => p.name === prefix);
      if (!provider) return null;
      const { value } = await cached<CatalogShow | false>(itemCacheKey(key), ITEM_TTL, async () => {
        const show = await provider.get(id);
        if (!show || show.key !== key) return false;
        if (show.kind !== 'MOVIE' || !deps.posters) return show;
        // A missing poster is no reason to refuse the show.
        const movies = await deps.posters.search(show.title).catch(() => []);
        return withPoster(show, movies);
      });
      return value || null;
    },
  };
}

let instance: ShowCatalog | undefined;

/** The catalog with the providers configured in the environment. */
export function showCatalog(): ShowCatalog {
  if (instance) return instance;
  const e = env();
  const timeoutMs = e.SHOW_CATALOG_TIMEOUT_MS;
  const providers: ShowProvider[] = [];
  if (e.KOPIS_SERVICE_KEY) providers.push(kopisProvider({ serviceKey: e.KOPIS_SERVICE_KEY, baseUrl: e.KOPIS_BASE_URL, timeoutMs }));
  if (e.KOBIS_API_KEY) providers.push(kobisProvider({ apiKey: e.KOBIS_API_KEY, baseUrl: e.KOBIS_BASE_URL, timeoutMs }));
  const posters = e.TMDB_ACCESS_TOKEN ? tmdbPosters({ token: e.TMDB_ACCESS_TOKEN, baseUrl: e.TMDB_BASE_URL, imageBaseUrl: e.TMDB_IMAGE_BASE_URL, timeoutMs }) : null;
  instance = createCatalog({ providers, posters, cache: kv, today: () => kstDay(now()) });
  return instance;
}

export async function searchShows(q: string, opts: { kind?: ShowKind; limit?: number } = {}): Promise<CatalogShow[]> {
  return (await showCatalog().search(q, opts)).shows;
}

export const getCatalogShow = (key: string) => showCatalog().get(key);

// What a show catalog provider is: a searchable source of shows of some kinds, keyed
// "<name>:<its own id>". `fetch` is injectable everywhere so tests never need the network.
import type { CatalogShow, ShowKind } from '@/lib/shows/schemas';

export interface ProviderSearch {
  kind?: ShowKind;
  limit: number;
  /** Today in Korea ('YYYY-MM-DD'): KOPIS searches the runs around it. */
  today: string;
}

export interface ShowProvider {
  readonly name: 'kopis' | 'kobis';
  readonly kinds: readonly ShowKind[];
  /** Names the endpoint in cache keys, so answers from one endpoint never serve another. */
  readonly endpoint: string;
  search(q: string, opts: ProviderSearch): Promise<CatalogShow[]>;
  /** One show by the provider's own id (the part after "<name>:"); null when it has none. */
  get(id: string): Promise<CatalogShow | null>;
}

export interface ProviderOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** A provider answered with an error (HTTP status, an error body, or a shape we do not know). */
export class ProviderError extends Error {
  constructor(provider: string, detail: string) {
    super(`${provider}: ${detail}`);
    this.name = 'ProviderError';
  }
}

/** GET a URL with a deadline; a non-2xx answer is a ProviderError. */
export async function getText(provider: string, url: string, opts: { fetch?: typeof fetch; timeoutMs?: number; headers?: Record<string, string> }) {
  const res = await (opts.fetch ?? fetch)(url, { headers: opts.headers, signal: AbortSignal.timeout(opts.timeoutMs ?? 3000), redirect: 'follow' });
  const body = await res.text();
  if (!res.ok) throw new ProviderError(provider, `HTTP ${res.status}`);
  return body;
}

/** GET {base}{path}?{key params}&{params} as text, for providers that take their key as a query parameter. */
export function queryKeyClient(provider: string, opts: ProviderOptions, keyParams: Record<string, string>) {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const get = (path: string, params: Record<string, string>) =>
    getText(provider, `${base}${path}?${new URLSearchParams({ ...keyParams, ...params })}`, { fetch: opts.fetch, timeoutMs: opts.timeoutMs });
  return { base, get };
}

export function parseJson(provider: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ProviderError(provider, 'answer is not JSON');
  }
}

/** A 'YYYYMMDD' or 'YYYY.MM.DD' date as 'YYYY-MM-DD' (undefined when it is not a real day). */
export function isoDay(s: string | undefined): string | undefined {
  const m = /^(\d{4})[.-]?(\d{2})[.-]?(\d{2})$/.exec((s ?? '').trim());
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day) ? day : undefined;
}

/** An http(s) URL, upgraded to https for hosts known to serve it (mixed content is blocked on our https pages). */
export function imageUrl(raw: string | undefined, httpsHosts: string[] = []): string | undefined {
  try {
    const u = new URL((raw ?? '').trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    if (u.protocol === 'http:' && httpsHosts.includes(u.hostname)) u.protocol = 'https:';
    return u.toString();
  } catch {
    return undefined;
  }
}

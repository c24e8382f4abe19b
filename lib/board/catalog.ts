// Gift search goes through a catalog provider: Naver Shopping when its keys are set,
// otherwise the bundled catalog. A failing Naver answers from the bundled catalog, so
// a child can always find something.
import { createHash } from 'node:crypto';
import { env } from '@/lib/env';
import { kv } from '@/lib/kv';
import { bundledProvider, CATEGORY_LABELS } from './catalog-bundled';
import { naverProvider } from './catalog-naver';
import type { CatalogCategory, CatalogItemDto, CatalogResultDto } from './schemas';

export interface CatalogSearch {
  query: string;
  category?: CatalogCategory;
  limit: number;
}

export interface CatalogProvider {
  readonly name: 'bundled' | 'naver';
  search(q: CatalogSearch): Promise<CatalogItemDto[]>;
}

const CACHE_SECONDS = 10 * 60;

export function catalogProvider(): CatalogProvider {
  const e = env();
  if (e.NAVER_CLIENT_ID && e.NAVER_CLIENT_SECRET) {
    return naverProvider({ clientId: e.NAVER_CLIENT_ID, clientSecret: e.NAVER_CLIENT_SECRET, categoryLabel: (c) => CATEGORY_LABELS[c] });
  }
  return bundledProvider;
}

export async function searchCatalog(q: CatalogSearch, provider = catalogProvider()): Promise<CatalogResultDto> {
  if (provider.name === 'bundled') return { items: await provider.search(q), provider: 'bundled' };
  // Naver counts calls per day: the same search within ten minutes is answered from KV.
  const key = `catalog:${provider.name}:${createHash('sha256').update(JSON.stringify([q.query.trim().toLowerCase(), q.category ?? '', q.limit])).digest('hex').slice(0, 32)}`;
  const store = await kv();
  const cached = await store.get<CatalogItemDto[]>(key).catch(() => null);
  if (cached) return { items: cached, provider: provider.name };
  try {
    const items = await provider.search(q);
    await store.set(key, items, { ttlSeconds: CACHE_SECONDS }).catch(() => {});
    return { items, provider: provider.name };
  } catch (err) {
    console.warn('[moa] catalog provider failed, using the bundled catalog:', (err as Error).message);
    return { items: await bundledProvider.search(q), provider: 'bundled' };
  }
}

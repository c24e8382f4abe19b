// Naver Shopping search as a catalog provider (used when NAVER_CLIENT_ID/SECRET are set).
// `fetch` is injectable so tests never touch the network.
import { z } from 'zod';
import type { CatalogProvider } from './catalog';
import type { CatalogCategory, CatalogItemDto } from './schemas';

export const NAVER_SHOP_URL = 'https://openapi.naver.com/v1/search/shop.json';

const itemSchema = z.object({
  title: z.string(),
  link: z.string(),
  image: z.string().default(''),
  lprice: z.string().default(''),
  productId: z.string(),
  category1: z.string().default(''),
  category2: z.string().default(''),
  category3: z.string().default(''),
  category4: z.string().default(''),
});
const responseSchema = z.object({ items: z.array(itemSchema) });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** Naver wraps matched words in <b>…</b> and escapes entities; we want plain text. */
export function plainTitle(html: string) {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, e: string) => ENTITIES[e])
    .replace(/\s+/g, ' ')
    .trim();
}

// Naver's category names → ours; the first rule that matches wins.
const CATEGORY_RULES: [RegExp, CatalogCategory][] = [
  [/보드게임|퍼즐/, 'boardgames'],
  [/인형|피규어/, 'dolls'],
  [/만들기|공예|DIY|과학/, 'crafts'],
  [/완구|장난감|블록|RC/, 'toys'],
  [/도서|책|잡지/, 'books'],
  [/문구|필기|사무/, 'stationery'],
  [/디지털|가전|게임|컴퓨터|휴대폰|음향|카메라/, 'electronics'],
  [/스포츠|레저|자전거|캠핑|수영/, 'sports'],
  [/식품|과자|간식|음료|케이크/, 'snacks'],
  [/의류|신발|패션|잡화/, 'clothes'],
];

function categoryOf(item: z.infer<typeof itemSchema>, asked?: CatalogCategory): CatalogCategory {
  const path = [item.category1, item.category2, item.category3, item.category4].filter(Boolean).reverse().join(' ');
  return CATEGORY_RULES.find(([re]) => re.test(path))?.[1] ?? asked ?? 'toys';
}

const httpUrl = (s: string, protocols: string[]) => {
  try {
    const u = new URL(s);
    return protocols.includes(u.protocol) ? u.toString() : null;
  } catch {
    return null;
  }
};

export interface NaverOptions {
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Korean label of a category, added to the query when one is chosen. */
  categoryLabel?: (c: CatalogCategory) => string;
}

export function naverProvider({ clientId, clientSecret, fetch: doFetch = fetch, timeoutMs = 3000, categoryLabel }: NaverOptions): CatalogProvider {
  return {
    name: 'naver',
    async search({ query, category, limit }) {
      const words = [query.trim(), category && categoryLabel ? categoryLabel(category) : ''].filter(Boolean).join(' ') || '어린이 선물';
      const url = `${NAVER_SHOP_URL}?${new URLSearchParams({ query: words, display: String(Math.min(limit, 100)), start: '1', sort: 'sim' })}`;
      const res = await doFetch(url, {
        headers: { 'X-Naver-Client-Id': clientId, 'X-Naver-Client-Secret': clientSecret },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`Naver shopping search answered ${res.status}`);
      const body = responseSchema.parse(await res.json());
      return body.items.slice(0, limit).map(
        (i): CatalogItemDto => ({
          id: `naver-${i.productId}`,
          name: plainTitle(i.title).slice(0, 100),
          category: categoryOf(i, category),
          price: /^\d+$/.test(i.lprice) ? Number(i.lprice) : null,
          imageUrl: httpUrl(i.image, ['https:']),
          link: httpUrl(i.link, ['https:', 'http:']),
        }),
      );
    },
  };
}

// The bundled gift catalog (drawn by scripts/make-catalog.mjs): 220 items searched in
// memory. Korean search matches substrings ignoring spaces and case, and initial
// consonants alone ("ㄹㄱ" finds 레고).
import data from './catalog-items.json';
import { choseong, isChoseongOnly } from '@/lib/hangul';
import type { CatalogProvider } from './catalog';
import type { CatalogCategory, CatalogItemDto } from './schemas';

/** For matching: NFC, lower case, no whitespace. */
export const normalize = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');

export { choseong };

/** Where a shop would sell it: a Naver Shopping search for the name. */
const shopLink = (name: string) => `https://search.shopping.naver.com/search/all?query=${encodeURIComponent(name)}`;

export const CATEGORY_LABELS = data.categories as Record<CatalogCategory, string>;

const ITEMS: (CatalogItemDto & { key: string; initials: string })[] = data.items.map((i) => {
  const category = i.category as CatalogCategory;
  const key = normalize(`${i.name}|${CATEGORY_LABELS[category]}`);
  return { id: i.id, name: i.name, category, price: i.price, imageUrl: i.imageUrl, link: shopLink(i.name), key, initials: choseong(key) };
});

const strip = ({ key: _k, initials: _i, ...item }: (typeof ITEMS)[number]): CatalogItemDto => item;

export function bundledItem(id: string): CatalogItemDto | undefined {
  const hit = ITEMS.find((i) => i.id === id);
  return hit && strip(hit);
}

export const bundledCount = () => ITEMS.length;

export const bundledProvider: CatalogProvider = {
  name: 'bundled',
  async search({ query, category, limit }) {
    const q = normalize(query);
    const byInitials = isChoseongOnly(q);
    const hits = ITEMS.filter((i) => (!category || i.category === category) && (!q || (byInitials ? i.initials : i.key).includes(q)));
    // Names that start with the query first; otherwise catalog order (grouped by category).
    const starts = (i: (typeof ITEMS)[number]) => (q && (byInitials ? i.initials : i.key).startsWith(q) ? 0 : 1);
    return hits
      .map((item, index) => ({ item, index }))
      .sort((a, b) => starts(a.item) - starts(b.item) || a.index - b.index)
      .slice(0, limit)
      .map(({ item }) => strip(item));
  },
};

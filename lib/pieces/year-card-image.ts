// Year cards as PNG. A card's URL carries its content hash and is cached for a year by
// browsers and CDNs; this process also keeps the last few renders, so a link pasted
// into a busy group chat (every member's app fetches the preview) renders once.
import { renderPng } from '@/lib/render/png';
import { CARD_SIZES, type CardSize } from './stats-schemas';
import { YearCardImage } from './year-card';
import type { YearCard } from './year-card-data';

const KEEP = 24;
const recent = new Map<string, Promise<Buffer>>();

export function renderYearCard(card: YearCard, hash: string, size: CardSize): Promise<Buffer> {
  const key = `${hash}-${size}`;
  const hit = recent.get(key);
  if (hit) {
    // Most recently used last.
    recent.delete(key);
    recent.set(key, hit);
    return hit;
  }
  const png = renderPng(YearCardImage({ card, size }), CARD_SIZES[size]);
  recent.set(key, png);
  png.catch(() => recent.delete(key));
  while (recent.size > KEEP) recent.delete(recent.keys().next().value!);
  return png;
}

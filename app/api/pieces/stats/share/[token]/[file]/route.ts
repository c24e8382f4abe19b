import { parseParams, route } from '@/lib/http';
import { cardParams, type CardSize } from '@/lib/pieces/stats-schemas';
import { cardImagePath, getSharedCard } from '@/lib/pieces/stats-share';
import { cardHash } from '@/lib/pieces/year-card-data';
import { renderYearCard } from '@/lib/pieces/year-card-image';

// GET /api/pieces/stats/share/[token]/[hash]-(og|story).png — a shared year card as PNG (public; the token is the key)
export const GET = route<{ token: string; file: string }>(async (_req, params) => {
  const { token, file } = parseParams(params, cardParams);
  const [wanted, size] = file.replace(/\.png$/, '').split('-') as [string, CardSize];
  const { card } = await getSharedCard(token);
  const hash = cardHash(card);
  // An older version of the card (a preview scraped before the year changed): send the current one.
  if (hash !== wanted) {
    return new Response(null, { status: 307, headers: { location: cardImagePath(token, hash, size), 'cache-control': 'public, max-age=60' } });
  }
  const png = await renderYearCard(card, hash, size);
  return new Response(new Uint8Array(png), {
    headers: {
      'content-type': 'image/png',
      // The URL names the content: it never changes, so it may be cached for good.
      'cache-control': 'public, max-age=31536000, immutable',
      'x-robots-tag': 'noindex',
    },
  });
});

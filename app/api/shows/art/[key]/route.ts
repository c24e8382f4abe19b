import { parseParams, route } from '@/lib/http';
import { showArtParams, showArtQuery } from '@/lib/shows/schemas';
import { showArt } from '@/lib/shows/art';

const TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

// GET /api/shows/art/[key]?format=svg|png — a show's generated placeholder art (public; cached for a year: the URL is versioned)
export const GET = route<{ key: string }>(async (req, params) => {
  const { key } = parseParams(params, showArtParams);
  const { format } = showArtQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  const image = await showArt(key, format);
  return new Response(new Uint8Array(image), {
    headers: { 'content-type': TYPES[format], 'content-length': String(image.length), 'cache-control': 'public, max-age=31536000, immutable' },
  });
});

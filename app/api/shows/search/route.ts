import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { showSearchQuery } from '@/lib/shows/schemas';
import { showCatalog } from '@/lib/shows/catalog/catalog';

// GET /api/shows/search?q=&kind=&limit= — find shows (bundled catalog, plus KOPIS/KOBIS/TMDB when configured)
export const GET = route(async (req) => {
  await requireUser();
  const { q, kind, limit } = showSearchQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  return showCatalog().search(q, { kind, limit });
});

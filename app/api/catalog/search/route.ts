import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { catalogQuerySchema } from '@/lib/board/schemas';
import { searchCatalog } from '@/lib/board/catalog';

// GET /api/catalog/search?q=&category=&limit= — search gifts (bundled catalog, or Naver Shopping when configured)
export const GET = route(async (req) => {
  await requireUser();
  const { q, category, limit } = catalogQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return searchCatalog({ query: q, category, limit });
});

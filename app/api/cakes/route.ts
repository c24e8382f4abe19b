import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { browseQuery } from '@/lib/shows/cake-schemas';
import { browseCakes } from '@/lib/shows/cake-browse';

// GET /api/cakes?q=&kind=&period=month|all&offset= — popular cakes, by kind, or a title search
export const GET = route(async (req) => {
  const q = browseQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  await requireUser();
  return browseCakes(q);
});

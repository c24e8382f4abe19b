import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { cakePiecesQuery, showParams } from '@/lib/shows/cake-schemas';
import { listCakePieces } from '@/lib/shows/cake-service';

// GET /api/cakes/:showId/pieces?sort=new|liked&cursor=&limit= — public pieces (keyset pages)
export const GET = route(async (req, params) => {
  const { showId } = parseParams(params, showParams);
  const q = cakePiecesQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  const user = await requireUser();
  return listCakePieces(user.id, showId, q);
});

import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { likedQuery } from '@/lib/shows/cake-schemas';
import { listLikedPieces } from '@/lib/pieces/likes';

// GET /api/pieces/liked?cursor= — public pieces I liked, most recently liked first
export const GET = route(async (req) => {
  const { cursor } = likedQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  const user = await requireUser();
  return listLikedPieces(user.id, cursor);
});

import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { showParams } from '@/lib/shows/cake-schemas';
import { getCake } from '@/lib/shows/cake-service';

// GET /api/cakes/:showId — the cake: show, piece statistics, its open room for me
export const GET = route(async (_req, params) => {
  const { showId } = parseParams(params, showParams);
  const user = await requireUser();
  return getCake(user.id, showId);
});

import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { showParams } from '@/lib/shows/cake-schemas';
import { joinCakeRoom } from '@/lib/shows/cake-room';

// POST /api/cakes/:showId/room — join the cake's open chat (made on first join)
export const POST = route(async (_req, params) => {
  const { showId } = parseParams(params, showParams);
  const user = await requireUser();
  return joinCakeRoom(user.id, showId);
});

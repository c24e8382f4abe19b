import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { familyParams } from '@/lib/missions/schemas';
import { suggestMissions } from '@/lib/missions/suggestions/service';
import { suggestionQuerySchema } from '@/lib/missions/suggestions/types';

// POST /api/families/[circleId]/suggestions — five mission ideas for a child's age, a place and an area
// (POST: the offline recommender remembers what this family has seen)
export const POST = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, familyParams);
  const user = await requireUser();
  const q = await readJson(req, suggestionQuerySchema);
  return suggestMissions(user.id, circleId, q);
});

import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { familyParams } from '@/lib/board/schemas';
import { getFamilySummary } from '@/lib/board/summary';

// GET /api/families/[circleId]/summary — each child's board progress and today's missions (the family card on Home)
export const GET = route<{ circleId: string }>(async (_req, params) => {
  const { circleId } = parseParams(params, familyParams);
  const user = await requireUser();
  return getFamilySummary(user.id, circleId);
});

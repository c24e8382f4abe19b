import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { circleParams } from '@/lib/circles/schemas';
import { getCircle } from '@/lib/circles/service';

// GET /api/circles/[circleId] — one of my circles (outsiders: 404)
export const GET = route<{ circleId: string }>(async (_req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  return { circle: await getCircle(user.id, circleId) };
});

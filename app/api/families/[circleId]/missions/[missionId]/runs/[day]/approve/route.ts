import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { runParams } from '@/lib/missions/schemas';
import { approveRun } from '@/lib/missions/runs';

// POST /api/families/[circleId]/missions/[missionId]/runs/[day]/approve — a parent approves; grapes go to the board
export const POST = route<{ circleId: string; missionId: string; day: string }>(async (_req, params) => {
  const { circleId, missionId, day } = parseParams(params, runParams);
  const user = await requireUser();
  return approveRun(user.id, circleId, missionId, day);
});

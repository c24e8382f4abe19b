import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { rejectSchema, runParams } from '@/lib/missions/schemas';
import { rejectRun } from '@/lib/missions/runs';

// POST /api/families/[circleId]/missions/[missionId]/runs/[day]/reject — a parent sends it back with a reason
export const POST = route<{ circleId: string; missionId: string; day: string }>(async (req, params) => {
  const { circleId, missionId, day } = parseParams(params, runParams);
  const user = await requireUser();
  const { reason } = await readJson(req, rejectSchema);
  return rejectRun(user.id, circleId, missionId, day, reason);
});

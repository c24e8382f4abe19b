import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { missionParams, updateMissionSchema } from '@/lib/missions/schemas';
import { deleteMission, updateMission } from '@/lib/missions/service';

type P = { circleId: string; missionId: string };

// PATCH /api/families/[circleId]/missions/[missionId] — edit, while not yet approved
export const PATCH = route<P>(async (req, params) => {
  const { circleId, missionId } = parseParams(params, missionParams);
  const user = await requireUser();
  return updateMission(user.id, circleId, missionId, await readJson(req, updateMissionSchema));
});

// DELETE /api/families/[circleId]/missions/[missionId] — delete, while not yet approved (history stays)
export const DELETE = route<P>(async (_req, params) => {
  const { circleId, missionId } = parseParams(params, missionParams);
  const user = await requireUser();
  return deleteMission(user.id, circleId, missionId);
});

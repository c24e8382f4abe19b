import { z } from 'zod';
import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { runParams } from '@/lib/missions/schemas';
import { runPhotoResponse } from '@/lib/missions/runs';

const variantSchema = z.enum(['original', 'thumb']).catch('original');

// GET /api/families/[circleId]/missions/[missionId]/runs/[day]/photo?variant=thumb — the photo sent with a run
export const GET = route<{ circleId: string; missionId: string; day: string }>(async (req, params) => {
  const { circleId, missionId, day } = parseParams(params, runParams);
  const user = await requireUser();
  return runPhotoResponse(user.id, circleId, missionId, day, variantSchema.parse(req.nextUrl.searchParams.get('variant') ?? 'original'));
});

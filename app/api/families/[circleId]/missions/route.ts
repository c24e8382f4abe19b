import { NextResponse } from 'next/server';
import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { createMissionSchema, familyParams, listQuerySchema } from '@/lib/missions/schemas';
import { createMission, listMissions } from '@/lib/missions/service';

// GET /api/families/[circleId]/missions?childId= — today, awaiting, done (+ scheduled and active for parents)
export const GET = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, familyParams);
  const user = await requireUser();
  const q = listQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return listMissions(user.id, circleId, q);
});

// POST /api/families/[circleId]/missions — a parent sets a mission for a child
export const POST = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, familyParams);
  const user = await requireUser();
  const input = await readJson(req, createMissionSchema);
  return NextResponse.json(await createMission(user.id, circleId, input), { status: 201 });
});

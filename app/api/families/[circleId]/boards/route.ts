import { NextResponse } from 'next/server';
import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { familyParams, startBoardSchema } from '@/lib/board/schemas';
import { listBoards, startBoard } from '@/lib/board/service';

// GET /api/families/[circleId]/boards — each child's open board and the finished ones
export const GET = route<{ circleId: string }>(async (_req, params) => {
  const { circleId } = parseParams(params, familyParams);
  const user = await requireUser();
  return listBoards(user.id, circleId);
});

// POST /api/families/[circleId]/boards — a parent starts a child's board with one of their wishes
export const POST = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, familyParams);
  const user = await requireUser();
  const input = await readJson(req, startBoardSchema);
  return NextResponse.json({ board: await startBoard(user.id, circleId, input) }, { status: 201 });
});

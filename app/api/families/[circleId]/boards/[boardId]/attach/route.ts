import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { boardParams } from '@/lib/board/schemas';
import { attachGrape } from '@/lib/board/service';

// POST /api/families/[circleId]/boards/[boardId]/attach — the board's child attaches one given grape
export const POST = route<{ circleId: string; boardId: string }>(async (_req, params) => {
  const { circleId, boardId } = parseParams(params, boardParams);
  const user = await requireUser();
  return { board: await attachGrape(user.id, circleId, boardId) };
});

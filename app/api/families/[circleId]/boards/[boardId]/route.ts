import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { boardParams } from '@/lib/board/schemas';
import { getBoard } from '@/lib/board/service';

// GET /api/families/[circleId]/boards/[boardId] — one board (open or finished)
export const GET = route<{ circleId: string; boardId: string }>(async (_req, params) => {
  const { circleId, boardId } = parseParams(params, boardParams);
  const user = await requireUser();
  return { board: await getBoard(user.id, circleId, boardId) };
});

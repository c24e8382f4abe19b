import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { boardParams } from '@/lib/board/schemas';
import { cancelBoard } from '@/lib/board/service';

// POST /api/families/[circleId]/boards/[boardId]/cancel — a parent cancels a board started by mistake (the wish goes back to the wishlist)
export const POST = route<{ circleId: string; boardId: string }>(async (_req, params) => {
  const { circleId, boardId } = parseParams(params, boardParams);
  const user = await requireUser();
  return { board: await cancelBoard(user.id, circleId, boardId) };
});

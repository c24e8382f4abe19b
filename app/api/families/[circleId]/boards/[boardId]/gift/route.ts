import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { boardParams } from '@/lib/board/schemas';
import { markGiftGiven } from '@/lib/board/service';

// POST /api/families/[circleId]/boards/[boardId]/gift — a parent marks the gift given (the board moves to history)
export const POST = route<{ circleId: string; boardId: string }>(async (_req, params) => {
  const { circleId, boardId } = parseParams(params, boardParams);
  const user = await requireUser();
  return { board: await markGiftGiven(user.id, circleId, boardId) };
});

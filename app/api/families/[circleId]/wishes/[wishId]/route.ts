import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { wishParams } from '@/lib/board/schemas';
import { removeWish } from '@/lib/board/wishes';

// DELETE /api/families/[circleId]/wishes/[wishId] — the child removes a wish not yet on a board
export const DELETE = route<{ circleId: string; wishId: string }>(async (_req, params) => {
  const { circleId, wishId } = parseParams(params, wishParams);
  const user = await requireUser();
  return removeWish(user.id, circleId, wishId);
});

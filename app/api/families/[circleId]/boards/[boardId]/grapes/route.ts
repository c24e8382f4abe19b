import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { boardParams, giveGrapesSchema } from '@/lib/board/schemas';
import { giveGrapesAsParent } from '@/lib/board/service';

// POST /api/families/[circleId]/boards/[boardId]/grapes — a parent gives grapes ({ count }, never beyond the goal)
export const POST = route<{ circleId: string; boardId: string }>(async (req, params) => {
  const { circleId, boardId } = parseParams(params, boardParams);
  const user = await requireUser();
  const { count } = await readJson(req, giveGrapesSchema);
  return { board: await giveGrapesAsParent(user.id, circleId, boardId, count) };
});

import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { attachSchema, boardParams } from '@/lib/board/schemas';
import { attachGrape } from '@/lib/board/service';

// POST /api/families/[circleId]/boards/[boardId]/attach — the board's child attaches waiting grapes ({ count: n | 'all' }, one by default, never more than wait)
export const POST = route<{ circleId: string; boardId: string }>(async (req, params) => {
  const { circleId, boardId } = parseParams(params, boardParams);
  const user = await requireUser();
  const { count } = await readJson(req, attachSchema);
  return { board: await attachGrape(user.id, circleId, boardId, count) };
});

import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { postParams, statusActionSchema } from '@/lib/posts/schemas';
import { changeStatus } from '@/lib/posts/service';

// POST /api/posts/[postId]/status {action: close|reopen|deliver} — the author moves the order along
export const POST = route<{ postId: string }>(async (req, params) => {
  const { postId } = parseParams(params, postParams);
  const user = await requireUser();
  const { action } = await readJson(req, statusActionSchema);
  return { post: await changeStatus(user, postId, action) };
});

import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { postParams } from '@/lib/posts/schemas';
import { listPostMembers } from '@/lib/posts/membership';

// GET /api/posts/[postId]/members — who is in the order (members; the author also sees bans)
export const GET = route<{ postId: string }>(async (_req, params) => {
  const { postId } = parseParams(params, postParams);
  const user = await requireUser();
  return listPostMembers(user.id, postId);
});

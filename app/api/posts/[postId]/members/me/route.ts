import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { postParams } from '@/lib/posts/schemas';
import { joinPost, leavePost } from '@/lib/posts/membership';

// POST /api/posts/[postId]/members/me — join the order and its room (never past the wanted number)
export const POST = route<{ postId: string }>(async (_req, params) => {
  const { postId } = parseParams(params, postParams);
  const user = await requireUser();
  return { post: await joinPost(user, postId) };
});

// DELETE /api/posts/[postId]/members/me — leave the order and its room; the place frees up
export const DELETE = route<{ postId: string }>(async (_req, params) => {
  const { postId } = parseParams(params, postParams);
  const user = await requireUser();
  return leavePost(user, postId);
});

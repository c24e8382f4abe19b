import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { postParams, updatePostSchema } from '@/lib/posts/schemas';
import { deletePost, getPost, updatePost } from '@/lib/posts/service';

// GET /api/posts/[postId] — a post's summary (anyone signed in; not to people it banned)
export const GET = route<{ postId: string }>(async (_req, params) => {
  const { postId } = parseParams(params, postParams);
  const user = await requireUser();
  return { post: await getPost(user.id, postId) };
});

// PATCH /api/posts/[postId] — the author edits it; members hear of a new deadline, place or fee
export const PATCH = route<{ postId: string }>(async (req, params) => {
  const { postId } = parseParams(params, postParams);
  const user = await requireUser();
  return { post: await updatePost(user, postId, await readJson(req, updatePostSchema)) };
});

// DELETE /api/posts/[postId] — the author deletes it; its room closes with a system line
export const DELETE = route<{ postId: string }>(async (_req, params) => {
  const { postId } = parseParams(params, postParams);
  const user = await requireUser();
  return deletePost(user, postId);
});

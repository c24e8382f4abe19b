import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { memberParams } from '@/lib/posts/schemas';
import { banMember, unbanMember } from '@/lib/posts/membership';

// POST /api/posts/[postId]/bans/[userId] — the author bans a member: out at once, no rejoining
export const POST = route<{ postId: string; userId: string }>(async (_req, params) => {
  const { postId, userId } = parseParams(params, memberParams);
  const user = await requireUser();
  return banMember(user, postId, userId);
});

// DELETE /api/posts/[postId]/bans/[userId] — the author lifts a ban (they may join again)
export const DELETE = route<{ postId: string; userId: string }>(async (_req, params) => {
  const { postId, userId } = parseParams(params, memberParams);
  const user = await requireUser();
  return unbanMember(user, postId, userId);
});

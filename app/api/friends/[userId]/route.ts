import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { setHiddenSchema } from '@/lib/friends/schemas';
import { removeFriend, setFriendHidden } from '@/lib/friends/service';
import { userParams } from '@/lib/profiles/schemas';

// PATCH /api/friends/[userId] — hide or unhide a friend
export const PATCH = route<{ userId: string }>(async (req, params) => {
  const user = await requireUser();
  const { userId } = parseParams(params, userParams);
  const { hidden } = await readJson(req, setHiddenSchema);
  return { friend: await setFriendHidden(user.id, userId, hidden) };
});

// DELETE /api/friends/[userId] — remove a friend
export const DELETE = route<{ userId: string }>(async (_req, params) => {
  const user = await requireUser();
  const { userId } = parseParams(params, userParams);
  await removeFriend(user.id, userId);
  return { ok: true };
});

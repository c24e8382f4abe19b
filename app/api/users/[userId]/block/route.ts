import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { userParams } from '@/lib/profiles/schemas';
import { blockUser, unblockUser } from '@/lib/chat/blocks';

// PUT /api/users/:userId/block — block someone from starting a 1:1 room with me
export const PUT = route(async (_req, params) => {
  const { userId } = parseParams(params, userParams);
  const user = await requireUser();
  return blockUser(user.id, userId);
});

// DELETE /api/users/:userId/block — unblock
export const DELETE = route(async (_req, params) => {
  const { userId } = parseParams(params, userParams);
  const user = await requireUser();
  return unblockUser(user.id, userId);
});

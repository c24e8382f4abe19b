import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { openDirectRoom } from '@/lib/friends/direct';
import { userParams } from '@/lib/profiles/schemas';

// POST /api/friends/[userId]/direct — get or create the 1:1 room with a friend
export const POST = route<{ userId: string }>(async (_req, params) => {
  const user = await requireUser();
  const { userId } = parseParams(params, userParams);
  return openDirectRoom(user.id, userId);
});

import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomParams } from '@/lib/chat/schemas';
import { leaveGroup } from '@/lib/chat/groups';

// DELETE /api/rooms/:roomId/members/me — leave a group room
export const DELETE = route(async (_req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  return leaveGroup(user.id, user.displayName, roomId);
});

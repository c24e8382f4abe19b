import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { inviteSchema, roomParams } from '@/lib/chat/schemas';
import { inviteToGroup } from '@/lib/chat/groups';

// POST /api/rooms/:roomId/members — invite friends to a group room
export const POST = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const { userIds } = await readJson(req, inviteSchema);
  const user = await requireUser();
  return inviteToGroup(user.id, user.displayName, roomId, userIds);
});

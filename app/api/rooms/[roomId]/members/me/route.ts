import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomParams } from '@/lib/chat/schemas';
import { leaveGroup } from '@/lib/chat/groups';
import { roomRef } from '@/lib/chat/access';
import { leaveOpenRoom } from '@/lib/chat/open-rooms';
import { leavePost } from '@/lib/posts/membership';

// DELETE /api/rooms/:roomId/members/me — leave a group, 1:1 or open room (a group order's room: leave the order)
export const DELETE = route(async (_req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  const ref = await roomRef(roomId);
  if (ref?.kind === 'OPEN' && ref.topic?.startsWith('post:')) return leavePost(user, ref.topic.slice('post:'.length));
  if (ref?.kind === 'OPEN') return leaveOpenRoom(roomId, user.id);
  return leaveGroup(user.id, user.displayName, roomId);
});

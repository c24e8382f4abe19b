import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { directFromRoomSchema, roomParams } from '@/lib/chat/schemas';
import { openDirectFromRoom } from '@/lib/chat/open-rooms';

// POST /api/rooms/:roomId/direct — start a 1:1 room with a fellow member of this open room
export const POST = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const { userId } = await readJson(req, directFromRoomSchema);
  const user = await requireUser();
  return openDirectFromRoom(user.id, roomId, userId);
});

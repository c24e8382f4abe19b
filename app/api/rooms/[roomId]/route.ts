import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { renameSchema, roomParams } from '@/lib/chat/schemas';
import { getRoom } from '@/lib/chat/room-list';
import { renameGroup } from '@/lib/chat/groups';

// GET /api/rooms/:roomId — room details with members and their read positions
export const GET = route(async (_req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  return getRoom(user.id, roomId);
});

// PATCH /api/rooms/:roomId — rename a group room
export const PATCH = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const { name } = await readJson(req, renameSchema);
  const user = await requireUser();
  return renameGroup(user.id, user.displayName, roomId, name);
});

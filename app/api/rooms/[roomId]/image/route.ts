import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomParams } from '@/lib/chat/schemas';
import { removeRoomImage, roomImageResponse, setRoomImage } from '@/lib/chat/room-image';

// GET /api/rooms/:roomId/image — a group room's picture, for its members
export const GET = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  return roomImageResponse(req, user.id, roomId);
});

// PUT /api/rooms/:roomId/image — set a group room's picture (multipart field "file"), with a system line
export const PUT = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  return setRoomImage(user.id, user.displayName, roomId, req);
});

// DELETE /api/rooms/:roomId/image — remove a group room's picture, with a system line
export const DELETE = route(async (_req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  return removeRoomImage(user.id, user.displayName, roomId);
});

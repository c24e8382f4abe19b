import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { muteSchema, roomParams } from '@/lib/chat/schemas';
import { setMuted } from '@/lib/chat/room-list';

// PUT /api/rooms/:roomId/mute — mute or unmute this room's notifications for me
export const PUT = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const { muted } = await readJson(req, muteSchema);
  const user = await requireUser();
  return setMuted(user.id, roomId, muted);
});

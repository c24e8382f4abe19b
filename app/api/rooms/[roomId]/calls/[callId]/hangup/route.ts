import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomCallParams } from '@/lib/calls/schemas';
import { hangUpCall } from '@/lib/calls/service';

// POST /api/rooms/:roomId/calls/:callId/hangup — end an active call, or cancel one still ringing
export const POST = route(async (_req, params) => {
  const { roomId, callId } = parseParams(params, roomCallParams);
  const user = await requireUser();
  return hangUpCall(user.id, roomId, callId);
});

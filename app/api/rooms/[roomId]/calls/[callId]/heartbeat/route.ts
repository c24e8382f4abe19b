import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomCallParams } from '@/lib/calls/schemas';
import { heartbeatCall } from '@/lib/calls/service';

// POST /api/rooms/:roomId/calls/:callId/heartbeat — a device in the active call is still there
export const POST = route(async (_req, params) => {
  const { roomId, callId } = parseParams(params, roomCallParams);
  const user = await requireUser();
  return heartbeatCall(user.id, roomId, callId);
});

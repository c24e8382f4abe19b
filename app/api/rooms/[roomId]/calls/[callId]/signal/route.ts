import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { callSignalSchema, roomCallParams } from '@/lib/calls/schemas';
import { signalCall } from '@/lib/calls/service';

// POST /api/rooms/:roomId/calls/:callId/signal — relay a WebRTC offer/answer to the other participant
export const POST = route(async (req, params) => {
  const { roomId, callId } = parseParams(params, roomCallParams);
  const user = await requireUser();
  return signalCall(user.id, roomId, callId, () => readJson(req, callSignalSchema));
});

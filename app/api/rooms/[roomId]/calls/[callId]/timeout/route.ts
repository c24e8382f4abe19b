import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomCallParams } from '@/lib/calls/schemas';
import { timeoutCall } from '@/lib/calls/service';

// POST /api/rooms/:roomId/calls/:callId/timeout — the ring timer fired; missed only if the stored deadline passed
export const POST = route(async (_req, params) => {
  const { roomId, callId } = parseParams(params, roomCallParams);
  const user = await requireUser();
  return timeoutCall(user.id, roomId, callId);
});

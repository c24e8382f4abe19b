import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomCallParams } from '@/lib/calls/schemas';
import { acceptCall } from '@/lib/calls/service';

// POST /api/rooms/:roomId/calls/:callId/accept — answer a ringing call
export const POST = route(async (_req, params) => {
  const { roomId, callId } = parseParams(params, roomCallParams);
  const user = await requireUser();
  return acceptCall(user.id, roomId, callId);
});

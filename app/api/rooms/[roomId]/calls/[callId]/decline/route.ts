import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomCallParams } from '@/lib/calls/schemas';
import { declineCall } from '@/lib/calls/service';

// POST /api/rooms/:roomId/calls/:callId/decline — refuse a ringing call
export const POST = route(async (_req, params) => {
  const { roomId, callId } = parseParams(params, roomCallParams);
  const user = await requireUser();
  return declineCall(user.id, roomId, callId);
});

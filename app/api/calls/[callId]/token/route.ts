import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { callParams } from '@/lib/calls/schemas';
import { getCallToken } from '@/lib/calls/service';

// GET /api/calls/:callId/token — a LiveKit token for this call (404 without LiveKit or for outsiders)
export const GET = route(async (_req, params) => {
  const { callId } = parseParams(params, callParams);
  const user = await requireUser();
  return getCallToken(user.id, callId);
});

import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { sessionParams } from '@/lib/accounts/schemas';
import { revokeSession } from '@/lib/accounts/devices';

// DELETE /api/accounts/sessions/:sessionId — sign one of my devices out (404 for anyone else's)
export const DELETE = route(async (_req, params) => {
  const { sessionId } = parseParams(params, sessionParams);
  return revokeSession(await requireUser(), sessionId);
});

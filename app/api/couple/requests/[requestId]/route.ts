import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { requestParams } from '@/lib/circles/schemas';
import { cancelCoupleRequest } from '@/lib/circles/couple-requests';

// DELETE /api/couple/requests/[requestId] — the sender cancels a pending request
export const DELETE = route<{ requestId: string }>(async (_req, params) => {
  const { requestId } = parseParams(params, requestParams);
  const user = await requireUser();
  await cancelCoupleRequest(user.id, requestId);
  return { ok: true };
});

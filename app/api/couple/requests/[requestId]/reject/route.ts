import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { requestParams } from '@/lib/circles/schemas';
import { rejectCoupleRequest } from '@/lib/circles/couple-requests';

// POST /api/couple/requests/[requestId]/reject — the receiver declines
export const POST = route<{ requestId: string }>(async (_req, params) => {
  const { requestId } = parseParams(params, requestParams);
  const user = await requireUser();
  await rejectCoupleRequest(user.id, requestId);
  return { ok: true };
});

import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { requestParams } from '@/lib/circles/schemas';
import { acceptCoupleRequest } from '@/lib/circles/couple-requests';

// POST /api/couple/requests/[requestId]/accept — the receiver accepts: the couple and its room are made
export const POST = route<{ requestId: string }>(async (_req, params) => {
  const { requestId } = parseParams(params, requestParams);
  const user = await requireUser();
  return { circle: await acceptCoupleRequest(user.id, requestId) };
});

import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { circleParams } from '@/lib/circles/schemas';
import { cancelDisconnect, startDisconnect } from '@/lib/circles/breakup';

// POST /api/circles/[circleId]/disconnect — start the seven-day countdown to end a couple
export const POST = route<{ circleId: string }>(async (_req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  return { circle: await startDisconnect(user.id, circleId) };
});

// DELETE /api/circles/[circleId]/disconnect — cancel the countdown (409 when none is running)
export const DELETE = route<{ circleId: string }>(async (_req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  return { circle: await cancelDisconnect(user.id, circleId) };
});

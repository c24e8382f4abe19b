import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { circleParams } from '@/lib/circles/schemas';
import { getIcsPath, resetIcsToken } from '@/lib/couple/calendar-service';

// GET /api/circles/[circleId]/calendar-feed — the couple calendar's secret iCalendar link
export const GET = route<{ circleId: string }>(async (_req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  return getIcsPath(user.id, circleId);
});

// POST /api/circles/[circleId]/calendar-feed — a new secret link; the old one stops working
export const POST = route<{ circleId: string }>(async (_req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  return resetIcsToken(user.id, circleId);
});

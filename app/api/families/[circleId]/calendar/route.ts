import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { calendarQuerySchema } from '@/lib/calendar/schemas';
import { getFamilyCalendar } from '@/lib/calendar/service';
import { familyParams } from '@/lib/missions/schemas';

// GET /api/families/[circleId]/calendar?month=YYYY-MM&childId= — grapes, missions done and gifts per day
export const GET = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, familyParams);
  const user = await requireUser();
  const q = calendarQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return getFamilyCalendar(user.id, circleId, q);
});

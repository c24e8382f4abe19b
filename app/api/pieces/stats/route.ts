import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { statsQuerySchema } from '@/lib/pieces/stats-schemas';
import { currentYear } from '@/lib/pieces/stats-service';
import { getMyYear } from '@/lib/pieces/stats-share';

// GET /api/pieces/stats?year=YYYY — my statistics for a year (this year by default), with its share link if any
export const GET = route(async (req) => {
  const user = await requireUser();
  const { year } = statsQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return getMyYear(user.id, year ?? currentYear());
});

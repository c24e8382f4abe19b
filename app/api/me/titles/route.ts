import { requestLocale, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { listMyTitles } from '@/lib/pieces/titles-service';

// GET /api/me/titles — every title: earned or not, since when, how to earn it, progress; and the one I wear
export const GET = route(async (req) => {
  const user = await requireUser();
  return listMyTitles(user.id, requestLocale(req));
});

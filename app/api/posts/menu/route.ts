import { requestLocale, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { menuFor } from '@/lib/posts/menu-service';

// GET /api/posts/menu — five dishes for now (time, season, my dong's weather, my recent orders)
export const GET = route(async (req) => {
  const user = await requireUser();
  return menuFor(user.id, requestLocale(req));
});

import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { userSearchQuerySchema } from '@/lib/friends/schemas';
import { searchUserByLoginId } from '@/lib/friends/service';

// GET /api/users/search?loginId= — find a person by exact login ID (brief profile or null)
export const GET = route(async (req) => {
  const user = await requireUser();
  const { loginId } = userSearchQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return { user: await searchUserByLoginId(user.id, loginId) };
});

import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { searchQuerySchema } from '@/lib/chat/schemas';
import { searchMessages } from '@/lib/chat/search';

// GET /api/search?q=&date=&roomId= — search my messages by word and/or day
export const GET = route(async (req) => {
  const q = searchQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const user = await requireUser();
  return searchMessages(user.id, q);
});

import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { listQuerySchema } from '@/lib/notifications/schemas';
import { listNotifications, markAllNotificationsRead } from '@/lib/notifications/service';

// GET /api/notifications?before=&limit= — my notifications, newest first, with the unread count
export const GET = route(async (req) => {
  const q = listQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const user = await requireUser();
  return listNotifications(user.id, q);
});

// POST /api/notifications — mark all of mine read
export const POST = route(async () => {
  const user = await requireUser();
  return markAllNotificationsRead(user.id);
});

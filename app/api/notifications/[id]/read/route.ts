import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { notificationParams } from '@/lib/notifications/schemas';
import { markNotificationRead } from '@/lib/notifications/service';

// POST /api/notifications/:id/read — mark one of mine read
export const POST = route(async (_req, params) => {
  const { id } = parseParams(params, notificationParams);
  const user = await requireUser();
  return markNotificationRead(user.id, id);
});

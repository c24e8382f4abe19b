import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { vapidKeys } from '@/lib/notifications/push';

// GET /api/push/vapid — the VAPID public key browsers subscribe with (null: push is off)
export const GET = route(async () => {
  await requireUser();
  return { publicKey: vapidKeys()?.publicKey ?? null };
});

import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { subscribeSchema, unsubscribeSchema } from '@/lib/notifications/schemas';
import { deletePushSubscription, savePushSubscription } from '@/lib/notifications/service';

// POST /api/push/subscriptions — register this device's push subscription for me
export const POST = route(async (req) => {
  const input = await readJson(req, subscribeSchema);
  const user = await requireUser();
  const { subscription, created } = await savePushSubscription(user.id, input, req.headers.get('user-agent') ?? '');
  return NextResponse.json({ subscription }, { status: created ? 201 : 200 });
});

// DELETE /api/push/subscriptions — stop push on this device (my own subscription only)
export const DELETE = route(async (req) => {
  const { endpoint } = await readJson(req, unsubscribeSchema);
  const user = await requireUser();
  return deletePushSubscription(user.id, endpoint);
});

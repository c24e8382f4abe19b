import { NextResponse } from 'next/server';
import { readFields, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { userAuthSchema } from '@/lib/realtime/schemas';
import { pusher } from '@/lib/realtime/server';

// POST /api/realtime/user-auth — sign a connection in as the session's user, so the server can end its access at once
export const POST = route(async (req) => {
  const { socket_id } = userAuthSchema.parse(await readFields(req));
  const user = await requireUser();
  return NextResponse.json(pusher().authenticateUser(socket_id, { id: user.id }));
});

import { NextResponse } from 'next/server';
import { AppError } from '@/lib/errors';
import { readFields, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { canSubscribe } from '@/lib/realtime/access';
import { channelAuthSchema } from '@/lib/realtime/schemas';
import { pusher } from '@/lib/realtime/server';

// POST /api/realtime/auth — sign a private/presence channel subscription after a membership check
export const POST = route(async (req) => {
  const { socket_id, channel_name } = channelAuthSchema.parse(await readFields(req));
  const user = await requireUser();
  if (!(await canSubscribe(user, channel_name))) throw new AppError('forbidden', 'errors.channelRefused');
  const auth = channel_name.startsWith('presence-')
    ? pusher().authorizeChannel(socket_id, channel_name, { user_id: user.id, user_info: { name: user.displayName } })
    : pusher().authorizeChannel(socket_id, channel_name);
  return NextResponse.json(auth);
});

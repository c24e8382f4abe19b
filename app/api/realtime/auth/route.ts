import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { readFields, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { canSubscribe } from '@/lib/realtime/access';
import { pusher } from '@/lib/realtime/server';

const bodySchema = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/),
  channel_name: z.string().min(1).max(200),
});

// POST /api/realtime/auth — sign a private/presence channel subscription after a membership check
export const POST = route(async (req) => {
  const { socket_id, channel_name } = bodySchema.parse(await readFields(req));
  const user = await requireUser();
  if (!(await canSubscribe(user, channel_name))) throw new AppError('forbidden', 'errors.channelRefused');
  const auth = channel_name.startsWith('presence-')
    ? pusher().authorizeChannel(socket_id, channel_name, { user_id: user.id, user_info: { name: user.displayName } })
    : pusher().authorizeChannel(socket_id, channel_name);
  return NextResponse.json(auth);
});

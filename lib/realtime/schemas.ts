// What pusher-js posts to our realtime auth routes (form-encoded, or JSON).
import { z } from 'zod';

export const userAuthSchema = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/),
});

export const channelAuthSchema = userAuthSchema.extend({
  channel_name: z.string().min(1).max(200),
});

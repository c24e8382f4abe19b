import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { readSchema, roomParams } from '@/lib/chat/schemas';
import { markRead } from '@/lib/chat/messages';

// POST /api/rooms/:roomId/read — I have read up to seq
export const POST = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const { seq } = await readJson(req, readSchema);
  const user = await requireUser();
  return markRead(user.id, roomId, seq);
});

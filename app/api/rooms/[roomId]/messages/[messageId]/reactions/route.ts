import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { messageParams, reactionSchema } from '@/lib/chat/schemas';
import { removeReaction, setReaction } from '@/lib/chat/reactions';

// PUT /api/rooms/:roomId/messages/:messageId/reactions — give (or change) my reaction
export const PUT = route(async (req, params) => {
  const { roomId, messageId } = parseParams(params, messageParams);
  const { code } = await readJson(req, reactionSchema);
  const user = await requireUser();
  return setReaction(user.id, roomId, messageId, code);
});

// DELETE /api/rooms/:roomId/messages/:messageId/reactions — take my reaction back
export const DELETE = route(async (_req, params) => {
  const { roomId, messageId } = parseParams(params, messageParams);
  const user = await requireUser();
  return removeReaction(user.id, roomId, messageId);
});

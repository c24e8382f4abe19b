import '@/lib/couple/register';
import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { messageParams } from '@/lib/chat/schemas';
import { deleteMessage } from '@/lib/chat/messages';

// DELETE /api/rooms/:roomId/messages/:messageId — delete my own message for everyone
export const DELETE = route(async (_req, params) => {
  const { roomId, messageId } = parseParams(params, messageParams);
  const user = await requireUser();
  return deleteMessage(user.id, roomId, messageId);
});

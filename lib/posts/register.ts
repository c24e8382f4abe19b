// Side-effect module: group-order rules on the one send path. Imported by the message
// routes (importing it from lib/chat would be circular).
//   before send — a deleted post's room is closed; post rooms take at most 1,000 characters.
import { onBeforeSend } from '@/lib/chat/hooks';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { POST_ROOM_MAX_CHARS } from './schemas';

onBeforeSend('post-room-rules', async ({ room, input }) => {
  // Only a group order's room (a cake's room is OPEN too, and needs no query here).
  if (room.kind !== 'OPEN' || !room.topic?.startsWith('post:')) return;
  const post = await db.post.findUnique({ where: { roomId: room.id }, select: { deletedAt: true } });
  if (!post) return;
  if (post.deletedAt) throw new AppError('conflict', 'posts.errors.roomClosed', { reason: 'post_deleted' });
  if (input.kind === 'TEXT' && [...input.body].length > POST_ROOM_MAX_CHARS) {
    throw new AppError('validation_failed', 'posts.errors.messageTooLong');
  }
});

// Side-effect module: group-order rules on the one send path. Imported by the message
// routes (importing it from lib/chat would be circular).
//   before send — a deleted post's room is closed; post rooms take at most 1,000 characters.
// Whether a room is a post's never changes, so after the first send to a room this costs
// nothing for every other room.
import { onBeforeSend } from '@/lib/chat/hooks';
import { isRoomMember } from '@/lib/chat/access';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { POST_ROOM_MAX_CHARS } from './schemas';

const postRooms = new Map<string, boolean>();

async function isPostRoom(roomId: string) {
  const known = postRooms.get(roomId);
  if (known !== undefined) return known;
  const room = await db.room.findUnique({ where: { id: roomId }, select: { topic: true } });
  if (!room) return false; // not cached: the send statement answers 404
  const isPost = !!room.topic?.startsWith('post:');
  if (postRooms.size > 50_000) postRooms.clear();
  postRooms.set(roomId, isPost);
  return isPost;
}

onBeforeSend('post-room-rules', async ({ actorId, roomId, input }) => {
  if (!(await isPostRoom(roomId))) return;
  if (input.kind === 'TEXT' && [...input.body].length > POST_ROOM_MAX_CHARS) {
    throw new AppError('validation_failed', 'posts.errors.messageTooLong');
  }
  const post = await db.post.findUnique({ where: { roomId }, select: { deletedAt: true } });
  // Only members learn that the post is gone; anyone else gets the send path's 404.
  if (post?.deletedAt && (await isRoomMember(actorId, roomId))) {
    throw new AppError('conflict', 'posts.errors.roomClosed', { reason: 'post_deleted' });
  }
});

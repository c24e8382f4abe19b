// 1:1 rooms between friends: the friendship is checked here, the room is chat's.
import { openDirectBetween } from '@/lib/chat/direct';
import { assertFriendOrThrow } from './service';

/** Get or create the DIRECT room with a friend (refused while either blocks the other). */
export async function openDirectRoom(actorId: string, friendId: string): Promise<{ roomId: string }> {
  await assertFriendOrThrow(actorId, friendId);
  return openDirectBetween(actorId, friendId);
}

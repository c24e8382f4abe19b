// Friendships published after commit: the owner's other tabs list the new friend, and the
// friend's screens (profile views that say "friend") refetch.
import { publishToUsers } from '@/lib/realtime/server';

export const publishFriendsChanged = (ownerId: string, friendId: string) =>
  publishToUsers([ownerId, friendId], 'friends-changed', { ownerId, friendId });

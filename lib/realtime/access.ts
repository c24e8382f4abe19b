import type { SessionUser } from '@/lib/accounts/schemas';
import { isCircleMember } from '@/lib/circles/access';
import { isRoomMember } from '@/lib/chat/access';
import { parseChannel } from './channels';

/** May this user subscribe to this channel? Same rules as the HTTP routes. */
export async function canSubscribe(user: SessionUser, channelName: string): Promise<boolean> {
  const ref = parseChannel(channelName);
  if (!ref) return false;
  switch (ref.kind) {
    case 'user':
      return ref.id === user.id;
    case 'circle':
      return isCircleMember(user.id, ref.id);
    case 'room':
      return isRoomMember(user.id, ref.id);
  }
}

import type { SessionUser } from '@/lib/accounts/schemas';
import { isCircleMember } from '@/lib/circles/access';
import { isRoomMember } from '@/lib/chat/access';
import { readAccess } from '@/lib/chat/open-rooms';
import { db } from '@/lib/db';
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
      // A cake's room may be read (and heard) by anyone signed in; presence ("who is
      // looking") stays with members, and every other room is members-only.
      return ref.presence ? isRoomMember(user.id, ref.id) : (await readAccess(user.id, ref.id)) !== null;
    case 'show':
      // A cake page is open to anyone signed in.
      return (await db.show.count({ where: { id: ref.id } })) > 0;
  }
}

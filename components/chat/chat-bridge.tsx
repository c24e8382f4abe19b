'use client';

import { useOpenRoomActivity, useUnread, useUserChatEvents } from '@/lib/chat/queries';
import { useFriendsLive } from '@/lib/friends/live';

function OpenRoomWatch({ userId, roomId }: { userId: string; roomId: string }) {
  useOpenRoomActivity(userId, roomId);
  return null;
}

/** Mounted once in the app shell: keeps the chat list and badges live on every tab. */
export function ChatBridge({ userId }: { userId: string }) {
  useUserChatEvents(userId);
  useFriendsLive(userId);
  const rooms = useUnread().data?.rooms ?? {};
  const open = Object.keys(rooms).filter((id) => rooms[id].open);
  return (
    <>
      {open.map((roomId) => <OpenRoomWatch key={roomId} userId={userId} roomId={roomId} />)}
    </>
  );
}

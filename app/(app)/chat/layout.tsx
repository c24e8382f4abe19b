import { ChatSplit } from '@/components/chat/chat-split';
import { MessagesScope } from '@/components/shell/messages-scope';
import { redirect } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { sessionClaims } from '@/lib/auth/token';
import type { RoomsData } from '@/lib/chat/queries';
import { listRooms } from '@/lib/chat/room-list';

export default async function ChatLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser();
  const claims = await sessionClaims();
  if (!claims) redirect('/login');
  // The list comes with the page's HTML: its first paint waits for neither the scripts
  // nor a fetch (the list is the largest paint of /chat on a phone). Through JSON, so
  // the client gets the same shape (dates as strings) the API sends.
  const rooms = JSON.parse(JSON.stringify(await listRooms(claims))) as RoomsData;
  return (
    <MessagesScope scope="chat">
      <ChatSplit initialRooms={rooms}>{children}</ChatSplit>
    </MessagesScope>
  );
}

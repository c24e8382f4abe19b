import { notFound, redirect } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { sessionClaims } from '@/lib/auth/token';
import { AppError } from '@/lib/errors';
import { listMessages } from '@/lib/chat/messages';
import { getRoom } from '@/lib/chat/room-list';
import type { RoomDetailDto } from '@/lib/chat/schemas';
import { MAX_SEQ } from '@/lib/chat/schemas';
import { RoomView } from '@/components/chat/room-view';
import { idSchema } from '@/lib/schemas';
import { getUserBrief } from '@/lib/users/service';

/** The history API's first page (same function, same statement, same access rule); outsiders get the not-found page. */
async function latestPage(roomId: string) {
  const claims = await sessionClaims();
  if (!claims) redirect('/login');
  try {
    return await listMessages(claims, roomId, { limit: 50 });
  } catch (err) {
    if (err instanceof AppError && err.status === 404) notFound();
    if (err instanceof AppError && err.status === 401) redirect('/login');
    throw err;
  }
}

// /chat/[roomId]?seq=N — a room, opened at message N when given (notifications, question cards).
// The latest page comes with the HTML: on a phone it is the largest paint, and it waited
// for the scripts, hydration and the first GET of messages.
export default async function RoomPage({ params, searchParams }: { params: Promise<{ roomId: string }>; searchParams: Promise<{ seq?: string | string[] }> }) {
  const { roomId } = await params;
  if (!idSchema.safeParse(roomId).success) notFound();
  const { seq } = await searchParams;
  const n = typeof seq === 'string' && /^\d{1,10}$/.test(seq) ? Number(seq) : undefined;
  const user = await requirePageUser();
  // The page checks access first (an outsider gets the not-found page); then the room's
  // details, as GET /api/rooms/:roomId answers them (through JSON, the API's shape): the
  // first paint has the header, and the timeline is not rendered again when they arrive.
  const [me, page] = await Promise.all([getUserBrief(user.id), latestPage(roomId)]);
  const room = JSON.parse(JSON.stringify(await getRoom(user.id, roomId))) as RoomDetailDto;
  return <RoomView key={roomId} roomId={roomId} me={me} initialSeq={n && n > 0 && n <= MAX_SEQ ? n : undefined} initialPage={page} initialRoom={room} />;
}

import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { MAX_SEQ } from '@/lib/chat/schemas';
import { RoomView } from '@/components/chat/room-view';
import { idSchema } from '@/lib/schemas';
import { getUserBrief } from '@/lib/users/service';

// /chat/[roomId]?seq=N — a room, opened at message N when given (notifications, question cards)
export default async function RoomPage({ params, searchParams }: { params: Promise<{ roomId: string }>; searchParams: Promise<{ seq?: string | string[] }> }) {
  const { roomId } = await params;
  if (!idSchema.safeParse(roomId).success) notFound();
  const { seq } = await searchParams;
  const n = typeof seq === 'string' && /^\d{1,10}$/.test(seq) ? Number(seq) : undefined;
  const user = await requirePageUser();
  const me = await getUserBrief(user.id);
  return <RoomView key={roomId} roomId={roomId} me={me} initialSeq={n && n > 0 && n <= MAX_SEQ ? n : undefined} />;
}

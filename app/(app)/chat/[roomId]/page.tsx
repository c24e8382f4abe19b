import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { idSchema } from '@/lib/chat/schemas';
import { getUserBrief } from '@/lib/chat/room-service';
import { RoomView } from '@/components/chat/room-view';

export default async function RoomPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  if (!idSchema.safeParse(roomId).success) notFound();
  const user = await requirePageUser();
  const me = await getUserBrief(user.id);
  return <RoomView key={roomId} roomId={roomId} me={me} />;
}

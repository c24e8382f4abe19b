import { GroupForm } from '@/components/chat/group-form';
import { idSchema } from '@/lib/schemas';

export default async function NewGroupPage({ searchParams }: { searchParams: Promise<{ roomId?: string }> }) {
  const { roomId } = await searchParams;
  return <GroupForm roomId={roomId && idSchema.safeParse(roomId).success ? roomId : undefined} />;
}

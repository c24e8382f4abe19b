import { requirePageUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { PiecesHeader } from '@/components/pieces/pieces-header';
import { PiecesList } from '@/components/pieces/pieces-list';

export async function generateMetadata() {
  return { title: (await getT())('pieces.list.title') };
}

// /pieces/list — my pieces, newest first, filtered by kind
export default async function PiecesListPage() {
  const user = await requirePageUser();
  return (
    <div className="flex flex-col gap-5">
      <PiecesHeader current="list" />
      <PiecesList userId={user.id} />
    </div>
  );
}

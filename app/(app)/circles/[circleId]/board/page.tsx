import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { boardPageData, loadFamilyPage } from '@/lib/board/page-data';
import { BoardView } from '@/components/board/board-view';

// /circles/[circleId]/board — the family's grape boards, live, and the finished ones
export default async function BoardPage({ params }: { params: Promise<{ circleId: string }> }) {
  const user = await requirePageUser();
  const page = await loadFamilyPage(user.id, await params, boardPageData(user.id));
  if (!page) notFound();
  return <BoardView circleId={page.member.circleId} me={{ id: user.id, role: page.member.role }} initial={page.data} />;
}

import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { loadFamilyPage, wishlistPageData } from '@/lib/board/page-data';
import { WishlistView } from '@/components/board/wishlist-view';

// /circles/[circleId]/wishlist — a child's gift search and wishes; each child's list for parents
export default async function WishlistPage({ params }: { params: Promise<{ circleId: string }> }) {
  const user = await requirePageUser();
  const page = await loadFamilyPage(user.id, await params, wishlistPageData(user.id));
  if (!page) notFound();
  return (
    <WishlistView
      circleId={page.member.circleId}
      me={{ id: user.id, role: page.member.role }}
      initialWishes={page.data.wishes}
      initialBoards={page.data.boards}
    />
  );
}

import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { loadCouplePage } from '@/lib/couple/page-data';
import { WordsView } from '@/components/couple/words-view';

// /circles/[circleId]/words — each partner's most used words this week (단어 순위)
export default async function WordsPage({ params }: { params: Promise<{ circleId: string }> }) {
  const user = await requirePageUser();
  const page = await loadCouplePage(user.id, await params, async () => null);
  if (!page) notFound();
  return <WordsView circleId={page.circleId} roomId={page.roomId} meId={user.id} />;
}

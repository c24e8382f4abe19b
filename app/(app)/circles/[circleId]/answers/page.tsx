import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { loadCouplePage } from '@/lib/couple/page-data';
import { AnswersView } from '@/components/couple/answers-view';

// /circles/[circleId]/answers — a couple's answer archive (답변 모음)
export default async function AnswersPage({ params }: { params: Promise<{ circleId: string }> }) {
  const user = await requirePageUser();
  const page = await loadCouplePage(user.id, await params, async () => null);
  if (!page) notFound();
  return <AnswersView circleId={page.circleId} meId={user.id} />;
}

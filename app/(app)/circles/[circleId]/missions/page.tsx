import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { listChildren } from '@/lib/circles/access';
import { loadFamilyPage } from '@/lib/board/page-data';
import { listMissions } from '@/lib/missions/service';
import { suggestionsFromAi } from '@/lib/missions/suggestions/service';
import { MissionsView } from '@/components/missions/missions-view';

// /circles/[circleId]/missions — today's missions, approvals, scheduled and done; parents also set them
export default async function MissionsPage({ params }: { params: Promise<{ circleId: string }> }) {
  const user = await requirePageUser();
  const page = await loadFamilyPage(user.id, await params, async (circleId) => {
    const [list, kids] = await Promise.all([listMissions(user.id, circleId), listChildren(circleId)]);
    return { list, kids };
  });
  if (!page) notFound();
  return <MissionsView circleId={page.member.circleId} me={{ userId: user.id, role: page.member.role }} kids={page.data.kids} initial={page.data.list} suggestionsAi={suggestionsFromAi()} />;
}

import { requirePageUser } from '@/lib/accounts/session';
import { listMyCircles } from '@/lib/circles/service';
import { listCoupleRequests } from '@/lib/circles/couple-requests';
import { familySummaries } from '@/lib/board/summary';
import { getT } from '@/lib/i18n/server';
import { HomeView } from '@/components/circles/home-view';

export default async function HomePage() {
  const user = await requirePageUser();
  // Circles first: reading them dissolves a couple whose seven days are up.
  const circles = await listMyCircles(user.id);
  const [t, requests, summaries] = await Promise.all([getT(), listCoupleRequests(user.id), familySummaries(user.id, circles)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('home.greeting', { name: user.displayName })}</h1>
      <HomeView userId={user.id} loginId={user.loginId} initialCircles={circles} initialRequests={requests} familySummaries={summaries} />
    </div>
  );
}

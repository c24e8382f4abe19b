import { requirePageUser } from '@/lib/accounts/session';
import { listMyCircles } from '@/lib/circles/service';
import { listCoupleRequests } from '@/lib/circles/couple-requests';
import { familySummaries } from '@/lib/board/summary';
import { getT } from '@/lib/i18n/server';
import { HomeView } from '@/components/circles/home-view';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { countUnread } from '@/lib/notifications/service';
import { MessagesScope } from '@/components/shell/messages-scope';

export default async function HomePage() {
  const user = await requirePageUser();
  // Circles first: reading them dissolves a couple whose seven days are up.
  const circles = await listMyCircles(user.id);
  const [t, requests, summaries, unread] = await Promise.all([getT(), listCoupleRequests(user.id), familySummaries(user.id, circles), countUnread(user.id)]);
  return (
    <MessagesScope scope="home">
      <div className="flex flex-col gap-6">
        {/* The notification center where people look first: the bell with its count. */}
        <header className="flex items-center justify-between gap-3">
          <h1 className="min-w-0 break-words text-2xl font-bold">{t('home.greeting', { name: user.displayName })}</h1>
          <NotificationBell userId={user.id} initialUnread={unread} />
        </header>
        <HomeView userId={user.id} loginId={user.loginId} initialCircles={circles} initialRequests={requests} familySummaries={summaries} />
      </div>
    </MessagesScope>
  );
}

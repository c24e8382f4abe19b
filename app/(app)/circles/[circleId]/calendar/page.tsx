import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { listChildren } from '@/lib/board/access';
import { loadFamilyPage } from '@/lib/board/page-data';
import { getFamilyCalendar } from '@/lib/calendar/service';
import { CalendarView } from '@/components/calendar/calendar-view';

// /circles/[circleId]/calendar — the family's month: grapes earned, missions done, gifts given
export default async function CalendarPage({ params }: { params: Promise<{ circleId: string }> }) {
  const user = await requirePageUser();
  const page = await loadFamilyPage(user.id, await params, async (circleId) => {
    const [calendar, kids] = await Promise.all([getFamilyCalendar(user.id, circleId, {}), listChildren(circleId)]);
    return { calendar, kids };
  });
  if (!page) notFound();
  return <CalendarView circleId={page.member.circleId} me={{ userId: user.id, role: page.member.role }} kids={page.data.kids} initial={page.data.calendar} />;
}

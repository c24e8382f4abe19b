import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { listChildren } from '@/lib/circles/access';
import { loadFamilyPage } from '@/lib/board/page-data';
import { getFamilyCalendar } from '@/lib/calendar/service';
import { getCoupleCalendar } from '@/lib/couple/calendar-service';
import { loadCouplePage } from '@/lib/couple/page-data';
import { CalendarView } from '@/components/calendar/calendar-view';
import { CoupleCalendar } from '@/components/couple/couple-calendar';

// /circles/[circleId]/calendar — a family's month (grapes, missions, gifts) or a couple's shared calendar
export default async function CalendarPage({ params }: { params: Promise<{ circleId: string }> }) {
  const user = await requirePageUser();
  const raw = await params;
  const page = await loadFamilyPage(user.id, raw, async (circleId) => {
    const [calendar, kids] = await Promise.all([getFamilyCalendar(user.id, circleId, {}), listChildren(circleId)]);
    return { calendar, kids };
  });
  if (page) return <CalendarView circleId={page.member.circleId} me={{ userId: user.id, role: page.member.role }} kids={page.data.kids} initial={page.data.calendar} />;
  const couple = await loadCouplePage(user.id, raw, (circleId) => getCoupleCalendar(user.id, circleId));
  if (!couple) notFound();
  return <CoupleCalendar circleId={couple.circleId} initial={couple.data} />;
}

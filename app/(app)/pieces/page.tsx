import { requirePageUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { listMonth } from '@/lib/pieces/lists';
import { monthSchema } from '@/lib/pieces/schemas';
import { PiecesCalendar } from '@/components/pieces/pieces-calendar';
import { PiecesHeader } from '@/components/pieces/pieces-header';

export async function generateMetadata() {
  return { title: (await getT())('pieces.title') };
}

// /pieces?month=YYYY-MM — my pieces by month (the 조각 tab's first page)
export default async function PiecesPage({ searchParams }: { searchParams: Promise<{ month?: string | string[] }> }) {
  const user = await requirePageUser();
  const month = monthSchema.safeParse((await searchParams).month);
  const initial = await listMonth(user.id, month.success ? month.data : undefined);
  return (
    <div className="flex flex-col gap-5">
      <PiecesHeader current="calendar" />
      <PiecesCalendar key={initial.month} userId={user.id} initial={initial} />
    </div>
  );
}

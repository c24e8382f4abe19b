import { requirePageUser } from '@/lib/accounts/session';
import { now } from '@/lib/clock';
import { getT } from '@/lib/i18n/server';
import { emptyValues } from '@/lib/pieces/form';
import { kstDay } from '@/lib/missions/schedule';
import { isCalendarDate } from '@/lib/schemas';
import { PieceForm } from '@/components/pieces/piece-form';

export async function generateMetadata() {
  return { title: (await getT())('pieces.form.newTitle') };
}

// /pieces/new?date=YYYY-MM-DD — record a piece (the date from the calendar's chosen day, else today)
export default async function NewPiecePage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  await requirePageUser();
  const t = await getT();
  const { date } = await searchParams;
  const day = typeof date === 'string' && isCalendarDate(date) ? date : kstDay(now());
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-5">
      <h1 className="text-2xl font-bold">{t('pieces.form.newTitle')}</h1>
      <PieceForm initial={emptyValues(day)} />
    </div>
  );
}

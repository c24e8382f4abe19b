import { requirePageUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { statsQuerySchema } from '@/lib/pieces/stats-schemas';
import { currentYear } from '@/lib/pieces/stats-service';
import { StatsView } from '@/components/pieces/stats/stats-view';

export async function generateMetadata() {
  return { title: (await getT())('titles.page.title') };
}

// /pieces/stats?year=YYYY — 나만의 공간: my year in numbers, the year card, my titles
export default async function StatsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const asked = statsQuerySchema.safeParse({ year: (await searchParams).year });
  return <StatsView initialYear={(asked.success && asked.data.year) || currentYear()} name={user.displayName} />;
}

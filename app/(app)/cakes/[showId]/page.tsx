import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { AppError } from '@/lib/errors';
import { getT } from '@/lib/i18n/server';
import { showParams } from '@/lib/shows/cake-schemas';
import { getCake } from '@/lib/shows/cake-service';
import { CakeHeader } from '@/components/cakes/cake-header';
import { CakeRoomCard } from '@/components/cakes/cake-room-card';
import { PieceList } from '@/components/cakes/piece-list';
import { RatingHistogram } from '@/components/cakes/rating-histogram';

async function load(params: Promise<{ showId: string }>) {
  const parsed = showParams.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser();
  try {
    return await getCake(user.id, parsed.data.showId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ showId: string }> }) {
  const cake = await load(params);
  return { title: `${cake.show.title} · ${(await getT())('cakes.title')}` };
}

// /cakes/[showId] — a show's cake: facts, ratings, open chat, public pieces
export default async function CakePage({ params }: { params: Promise<{ showId: string }> }) {
  const [cake, t] = await Promise.all([load(params), getT()]);
  return (
    <div className="flex flex-col gap-5">
      <Link href="/cakes" className="-mb-2 inline-flex min-h-11 items-center self-start text-sm font-semibold text-grape-700 hover:underline">‹ {t('cakes.back')}</Link>
      <CakeHeader show={cake.show} />
      <div className="grid items-start gap-4 md:grid-cols-2">
        <RatingHistogram stats={cake.stats} />
        <CakeRoomCard initial={cake} />
      </div>
      <PieceList showId={cake.show.id} />
    </div>
  );
}

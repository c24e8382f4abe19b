import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { AppError } from '@/lib/errors';
import { circleParams } from '@/lib/circles/schemas';
import { getCircle } from '@/lib/circles/service';
import { CircleView } from '@/components/circles/circle-view';

async function load(userId: string, raw: unknown) {
  const params = circleParams.safeParse(raw);
  if (!params.success) return null;
  try {
    return await getCircle(userId, params.data.circleId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

// /circles/[circleId] — a circle's own page: family members and codes, or a couple's breakup countdown
export default async function CirclePage({ params }: { params: Promise<{ circleId: string }> }) {
  const user = await requirePageUser();
  const circle = await load(user.id, await params);
  if (!circle) notFound();
  return <CircleView userId={user.id} initial={circle} />;
}

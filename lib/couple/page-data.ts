// What the couple pages render first (then realtime keeps them live).
import { AppError } from '@/lib/errors';
import { circleParams } from '@/lib/circles/schemas';
import { getCoupleMemberOrThrow } from './access';

/** The couple's id, its room and the page's data, or null for a page that should 404. */
export async function loadCouplePage<T>(userId: string, rawParams: unknown, load: (circleId: string) => Promise<T>) {
  const params = circleParams.safeParse(rawParams);
  if (!params.success) return null;
  try {
    const couple = await getCoupleMemberOrThrow(userId, params.data.circleId);
    return { circleId: couple.id, roomId: couple.room?.id ?? null, data: await load(couple.id) };
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

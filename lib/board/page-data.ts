// What the board and wishlist pages render first (then realtime keeps it live).
import { AppError } from '@/lib/errors';
import { getFamilyMemberOrThrow } from '@/lib/circles/access';
import { listBoards } from './service';
import { listWishes } from './wishes';
import { familyParams } from './schemas';

/** The viewer's role and the page's data, or null for a page that should 404. */
export async function loadFamilyPage<T>(userId: string, rawParams: unknown, load: (circleId: string) => Promise<T>) {
  const params = familyParams.safeParse(rawParams);
  if (!params.success) return null;
  try {
    const member = await getFamilyMemberOrThrow(userId, params.data.circleId);
    return { member, data: await load(member.circleId) };
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

export const boardPageData = (userId: string) => (circleId: string) => listBoards(userId, circleId);

export const wishlistPageData = (userId: string) => async (circleId: string) => {
  const [wishes, boards] = await Promise.all([listWishes(userId, circleId), listBoards(userId, circleId)]);
  return { wishes, boards };
};

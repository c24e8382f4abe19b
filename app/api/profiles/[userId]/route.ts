import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { userParams } from '@/lib/profiles/schemas';
import { getProfileOrThrow } from '@/lib/profiles/service';

// GET /api/profiles/[userId] — someone's profile (me, friends, people I share a circle or room with)
export const GET = route<{ userId: string }>(async (_req, params) => {
  const user = await requireUser();
  const { userId } = parseParams(params, userParams);
  return { profile: await getProfileOrThrow(user.id, userId) };
});

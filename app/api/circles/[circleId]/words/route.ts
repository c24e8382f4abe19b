import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { circleParams } from '@/lib/circles/schemas';
import { wordsQuerySchema } from '@/lib/couple/schemas';
import { getRanking } from '@/lib/couple/word-service';

// GET /api/circles/[circleId]/words?top=3|5|10 — each partner's most used nouns of the last 7 days
export const GET = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  const { top } = wordsQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return getRanking(user.id, circleId, top);
});

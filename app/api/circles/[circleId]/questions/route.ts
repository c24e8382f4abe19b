import { parseParams, requestLocale, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { circleParams } from '@/lib/circles/schemas';
import { archiveQuerySchema } from '@/lib/couple/schemas';
import { listQuestions } from '@/lib/couple/question-service';

// GET /api/circles/[circleId]/questions?q= — the answer archive, newest first
export const GET = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  const { q } = archiveQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return { questions: await listQuestions(user.id, circleId, requestLocale(req), q) };
});

import { parseParams, requestLocale, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { questionParams } from '@/lib/couple/schemas';
import { getQuestion } from '@/lib/couple/question-service';

// GET /api/circles/[circleId]/questions/[questionId] — one question card (answers hidden until both answered)
export const GET = route<{ circleId: string; questionId: string }>(async (req, params) => {
  const { circleId, questionId } = parseParams(params, questionParams);
  const user = await requireUser();
  return { question: await getQuestion(user.id, circleId, questionId, requestLocale(req)) };
});

import { parseParams, readJson, requestLocale, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { answerSchema, questionParams } from '@/lib/couple/schemas';
import { answerQuestion } from '@/lib/couple/question-service';

// POST /api/circles/[circleId]/questions/[questionId]/answers — answer once; the second answer reveals both
export const POST = route<{ circleId: string; questionId: string }>(async (req, params) => {
  const { circleId, questionId } = parseParams(params, questionParams);
  const user = await requireUser();
  const { body } = await readJson(req, answerSchema);
  return { question: await answerQuestion(user.id, circleId, questionId, body, requestLocale(req)) };
});

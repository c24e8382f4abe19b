import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { circleParams } from '@/lib/circles/schemas';
import { wordSchema } from '@/lib/couple/schemas';
import { excludeWord, restoreWord } from '@/lib/couple/word-service';

// POST /api/circles/[circleId]/words/exclusions — leave a word out of our ranking
export const POST = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  const { word } = await readJson(req, wordSchema);
  await excludeWord(user.id, circleId, word);
  return { ok: true };
});

// DELETE /api/circles/[circleId]/words/exclusions?word= — bring a word (or a default stop word) back
export const DELETE = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  const { word } = wordSchema.parse({ word: req.nextUrl.searchParams.get('word') ?? undefined });
  await restoreWord(user.id, circleId, word);
  return { ok: true };
});

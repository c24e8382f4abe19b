// Suggestions for parents: the AI provider when configured (its answers cached per
// age, place and area), otherwise, or whenever it fails, the offline catalog.
import { z } from 'zod';
import { env } from '@/lib/env';
import { kv, type Kv } from '@/lib/kv';
import { assertParent, getFamilyMemberOrThrow } from '@/lib/circles/access';
import { OfflineRecommender } from './offline';
import { answerSchema, OpenAiCompatibleProvider } from './openai';
import { SUGGESTION_COUNT, type Suggestion, type SuggestionProvider, type SuggestionQuery, type SuggestionsDto } from './types';

const CACHE_TTL_SECONDS = 6 * 60 * 60;
export const cacheKey = (q: SuggestionQuery) => `suggest:ai:v1:${q.age}:${q.place}:${q.area}`;

export interface SuggestionDeps {
  ai: SuggestionProvider | null;
  offline: SuggestionProvider;
  kv: Kv;
}

async function defaultDeps(): Promise<SuggestionDeps> {
  const e = env();
  const ai = e.AI_BASE_URL && e.AI_API_KEY && e.AI_MODEL ? new OpenAiCompatibleProvider({ baseUrl: e.AI_BASE_URL, apiKey: e.AI_API_KEY, model: e.AI_MODEL }) : null;
  return { ai, offline: new OfflineRecommender(), kv: await kv() };
}

/** Whether suggestions come from an AI provider (else the bundled list): the screen names the button for it. */
export function suggestionsFromAi(): boolean {
  const e = env();
  return !!(e.AI_BASE_URL && e.AI_API_KEY && e.AI_MODEL);
}

// What the cache holds is read back as untrusted as anything else.
const cachedSchema = z.array(answerSchema.shape.suggestions.element.extend({ id: z.string() })).length(SUGGESTION_COUNT);

async function fromAi(deps: SuggestionDeps & { ai: SuggestionProvider }, q: SuggestionQuery, circleId: string): Promise<Suggestion[] | null> {
  const key = cacheKey(q);
  const cached = cachedSchema.safeParse(await deps.kv.get(key).catch(() => null));
  if (cached.success) return cached.data;
  try {
    const fresh = await deps.ai.suggest(q, { circleId });
    await deps.kv.set(key, fresh, { ttlSeconds: CACHE_TTL_SECONDS }).catch(() => {});
    return fresh;
  } catch (err) {
    console.warn('[moa] AI suggestions failed, using the offline catalog:', (err as Error).message);
    return null;
  }
}

/** Five suggestions, saying where they came from. */
export async function suggestWith(deps: SuggestionDeps, q: SuggestionQuery, circleId: string): Promise<SuggestionsDto> {
  if (deps.ai) {
    const ai = await fromAi({ ...deps, ai: deps.ai }, q, circleId);
    if (ai) return { suggestions: ai, source: 'ai' };
  }
  return { suggestions: await deps.offline.suggest(q, { circleId }), source: 'catalog' };
}

/** Parents ask for suggestions for one of their family's children. */
export async function suggestMissions(actorId: string, circleId: string, q: SuggestionQuery, deps?: SuggestionDeps) {
  assertParent(await getFamilyMemberOrThrow(actorId, circleId), 'suggestions.errors.onlyParents');
  return suggestWith(deps ?? (await defaultDeps()), q, circleId);
}

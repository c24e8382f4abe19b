// With an OpenAI-compatible endpoint configured (the mission suggestions' AI_* settings),
// the model re-ranks the offline shortlist and says why in a sentence. It may only pick
// from the shortlist (checked), so it cannot invent a dish or a category; any failure
// and the offline order stands.
import { z } from 'zod';
import type { Suggestion } from './menu';

export interface MenuAiConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs?: number;
}
export interface MenuContext {
  hourKst: number;
  month: number;
  weather: string | null;
  locale: 'ko' | 'en';
}
export interface AiPick {
  name: string;
  why: string;
}

const answerSchema = z.object({
  picks: z.array(z.object({ name: z.string().min(1).max(60), why: z.string().trim().min(1).max(120) })).length(5),
});
const completionSchema = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });

export function buildMenuRequest(model: string, shortlist: Suggestion[], ctx: MenuContext) {
  const names = shortlist.map((s) => s.dish.ko);
  return {
    model,
    temperature: 0.7,
    messages: [
      {
        role: 'system',
        content: `너는 배달 음식을 추천하는 도우미야. 주어진 후보 중에서만 골라. 이유는 ${ctx.locale === 'en' ? '영어로' : '한국어로'} 한 문장, 60자 이내로 써.`,
      },
      {
        role: 'user',
        content: `지금 한국 시각 ${ctx.hourKst}시, ${ctx.month}월, 날씨: ${ctx.weather ?? '모름'}.\n후보: ${names.join(', ')}\n지금 시켜 먹기 좋은 순서로 5개를 골라 줘.`,
      },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'menu_picks',
        strict: true,
        schema: {
          type: 'object', additionalProperties: false, required: ['picks'],
          properties: { picks: { type: 'array', minItems: 5, maxItems: 5, items: { type: 'object', additionalProperties: false, required: ['name', 'why'], properties: { name: { type: 'string', enum: names }, why: { type: 'string', maxLength: 120 } } } } },
        },
      },
    },
  };
}

/** The model's five picks, all from the shortlist and all different; throws on anything else. */
export function parseMenuAnswer(body: unknown, shortlist: Suggestion[]): AiPick[] {
  const content = completionSchema.parse(body).choices[0].message.content;
  const { picks } = answerSchema.parse(JSON.parse(content));
  const allowed = new Set(shortlist.map((s) => s.dish.ko));
  if (picks.some((p) => !allowed.has(p.name)) || new Set(picks.map((p) => p.name)).size !== picks.length) throw new Error('AI picked outside the shortlist');
  return picks;
}

export async function rerankWithAi(cfg: MenuAiConfig, shortlist: Suggestion[], ctx: MenuContext, fetchImpl: typeof fetch = fetch): Promise<AiPick[]> {
  const res = await fetchImpl(`${cfg.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cfg.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(buildMenuRequest(cfg.model, shortlist, ctx)),
    signal: AbortSignal.timeout(cfg.timeoutMs ?? 8000),
  });
  if (!res.ok) throw new Error(`AI provider answered ${res.status}`);
  return parseMenuAnswer(await res.json(), shortlist);
}

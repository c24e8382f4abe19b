// Suggestions from any OpenAI-compatible chat completions endpoint, asked for a
// structured answer (JSON schema) and checked with zod: anything else is an error,
// and the caller falls back to the offline catalog.
import crypto from 'node:crypto';
import { z } from 'zod';
import { SUGGESTION_COUNT, type Suggestion, type SuggestionProvider, type SuggestionQuery } from './types';

export interface AiConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs?: number;
}

const PLACE_KO = { home: '집', outside: '바깥(동네, 공원, 마트 등)', school: '학교나 유치원' } as const;
const AREA_KO = { chores: '집안일', study: '공부', health: '건강', kindness: '배려', creativity: '창의' } as const;

export const answerSchema = z.object({
  suggestions: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(60),
        description: z.string().trim().max(500),
        reward: z.number().int().min(1).max(10),
      }),
    )
    .length(SUGGESTION_COUNT)
    .refine((xs) => new Set(xs.map((x) => x.title)).size === xs.length, 'duplicate titles'),
});

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

// The same constraints as answerSchema, in the form the endpoint's structured output takes.
const JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['suggestions'],
  properties: {
    suggestions: {
      type: 'array',
      minItems: SUGGESTION_COUNT,
      maxItems: SUGGESTION_COUNT,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'description', 'reward'],
        properties: {
          title: { type: 'string', maxLength: 60, description: '미션 제목 (한국어, 짧게)' },
          description: { type: 'string', maxLength: 500, description: '아이에게 하는 말투의 한두 문장 설명' },
          reward: { type: 'integer', minimum: 1, maximum: 10, description: '포도알 보상 (쉬우면 1, 어려우면 최대 3 정도)' },
        },
      },
    },
  },
} as const;

export function buildRequest(model: string, q: SuggestionQuery) {
  return {
    model,
    temperature: 0.8,
    messages: [
      {
        role: 'system',
        content:
          '너는 한국 가정의 부모가 아이에게 줄 미션을 제안하는 도우미야. 아이 나이에 맞고 안전하며 스스로 해낼 수 있는 구체적인 미션만 제안해. 위험한 도구, 혼자 하는 외출, 돈이 많이 드는 일은 빼. 모든 글은 자연스러운 한국어로 써.',
      },
      {
        role: 'user',
        content: `아이 나이: ${q.age}살\n장소: ${PLACE_KO[q.place]}\n분야: ${AREA_KO[q.area]}\n서로 다른 미션 ${SUGGESTION_COUNT}개를 제안해 줘. 제목은 60자 이하, 설명은 한두 문장, 보상은 포도알 1~10개.`,
      },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'mission_suggestions', strict: true, schema: JSON_SCHEMA } },
  };
}

const idOf = (title: string) => `ai-${crypto.createHash('sha256').update(title).digest('hex').slice(0, 16)}`;

/** Parse a chat completions response body into five suggestions; throws on anything else. */
export function parseAnswer(body: unknown): Suggestion[] {
  const content = completionSchema.parse(body).choices[0].message.content;
  const answer = answerSchema.parse(JSON.parse(content));
  return answer.suggestions.map((s) => ({ id: idOf(s.title), ...s }));
}

export class OpenAiCompatibleProvider implements SuggestionProvider {
  readonly source = 'ai' as const;
  constructor(
    private readonly cfg: AiConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async suggest(q: SuggestionQuery): Promise<Suggestion[]> {
    const res = await this.fetchImpl(`${this.cfg.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.cfg.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(buildRequest(this.cfg.model, q)),
      signal: AbortSignal.timeout(this.cfg.timeoutMs ?? 10_000),
    });
    if (!res.ok) throw new Error(`AI provider answered ${res.status}`);
    return parseAnswer(await res.json());
  }
}

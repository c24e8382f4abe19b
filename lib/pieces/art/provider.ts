// Ticket backgrounds from any OpenAI-compatible images endpoint (POST {base}/images/generations,
// the picture returned as b64_json). The answer is checked with zod and the bytes must
// decode as a picture; anything else is an error, and the caller keeps the layout.
import { z } from 'zod';
import sharp from 'sharp';
import type { TicketData } from '@/lib/pieces/render/data';

export interface ImageAiConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs?: number;
}

const KIND_EN = { MOVIE: 'film', PLAY: 'stage play', MUSICAL: 'musical', CONCERT: 'concert', OTHER: 'live show' } as const;

/** The portrait size each model family takes (DALL·E 2 only draws squares). */
export function sizeFor(model: string): string {
  if (/^dall-e-3/i.test(model)) return '1024x1792';
  if (/^gpt-image/i.test(model)) return '1024x1536';
  return '1024x1024';
}

/** What to paint: the mood of the show and the review, never text or real people's likeness. */
export function artPrompt(data: Pick<TicketData, 'title' | 'kind' | 'venue' | 'review'>): string {
  const review = (data.review ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
  return [
    `An atmospheric, painterly background for a keepsake ticket of the ${KIND_EN[data.kind] ?? 'show'} "${data.title.slice(0, 120)}".`,
    data.venue ? `It was seen at ${data.venue.slice(0, 80)}.` : '',
    review ? `Capture the feeling of this audience review (Korean): "${review}".` : '',
    'Abstract shapes, stage light, soft gradients and texture; calm space in the middle for text laid over it.',
    'No text, letters, numbers, logos, watermarks, or recognisable faces.',
  ].filter(Boolean).join(' ');
}

export function buildRequest(model: string, prompt: string) {
  // `response_format` is DALL·E's; GPT image models always answer b64_json and refuse the field.
  return { model, prompt, n: 1, size: sizeFor(model), ...(/^dall-e/i.test(model) ? { response_format: 'b64_json' } : {}) };
}

const answerSchema = z.object({ data: z.array(z.object({ b64_json: z.string().min(100) })).min(1) });

/** The picture in an images response; throws unless it is one. */
export async function parseAnswer(body: unknown): Promise<Buffer> {
  const bytes = Buffer.from(answerSchema.parse(body).data[0].b64_json, 'base64');
  const meta = await sharp(bytes).metadata();
  if (!meta.width || !meta.height) throw new Error('AI image is not a picture');
  return bytes;
}

export async function generateArt(cfg: ImageAiConfig, prompt: string, fetchImpl: typeof fetch = fetch): Promise<Buffer> {
  const res = await fetchImpl(`${cfg.baseUrl.replace(/\/+$/, '')}/images/generations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cfg.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(buildRequest(cfg.model, prompt)),
    signal: AbortSignal.timeout(cfg.timeoutMs ?? 90_000),
  });
  if (!res.ok) throw new Error(`AI image provider answered ${res.status}`);
  return parseAnswer(await res.json());
}

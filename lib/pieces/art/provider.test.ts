import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { artPrompt, buildRequest, generateArt, sizeFor } from './provider';

const png = async () => (await sharp({ create: { width: 64, height: 112, channels: 3, background: '#553388' } }).png().toBuffer()).toString('base64');

function fakeFetch(body: unknown, status = 200) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}
const cfg = { baseUrl: 'https://ai.example/v1/', apiKey: 'sk-test', model: 'gpt-image-1' };

describe('AI ticket art provider', () => {
  it('asks the images endpoint for one portrait picture and returns its bytes', async () => {
    const { calls, fetchImpl } = fakeFetch({ created: 1, data: [{ b64_json: await png() }] });
    const bytes = await generateArt(cfg, 'a prompt', fetchImpl);
    expect((await sharp(bytes).metadata()).height).toBe(112);
    expect(calls[0].url).toBe('https://ai.example/v1/images/generations');
    expect(new Headers(calls[0].init.headers).get('authorization')).toBe('Bearer sk-test');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ model: 'gpt-image-1', prompt: 'a prompt', n: 1, size: '1024x1536' });
  });

  it('asks DALL·E for b64_json explicitly, and each model family for a size it draws', () => {
    expect(buildRequest('dall-e-3', 'p')).toMatchObject({ size: '1024x1792', response_format: 'b64_json' });
    expect(buildRequest('gpt-image-1', 'p')).not.toHaveProperty('response_format');
    expect(sizeFor('dall-e-2')).toBe('1024x1024');
  });

  it.each([
    ['an error status', { error: { message: 'quota' } }, 429],
    ['no pictures', { data: [] }, 200],
    ['a URL instead of bytes', { data: [{ url: 'https://img.example/a.png' }] }, 200],
    ['bytes that are not a picture', { data: [{ b64_json: Buffer.from('x'.repeat(200)).toString('base64') }] }, 200],
    ['a body that is not JSON', '<html>bad gateway</html>', 200],
  ])('refuses %s', async (_what, body, status) => {
    await expect(generateArt(cfg, 'p', fakeFetch(body, status).fetchImpl)).rejects.toThrow();
  });

  it('paints from the show and the review, asking for no text', () => {
    const prompt = artPrompt({ title: '레미제라블', kind: 'MUSICAL', venue: '블루스퀘어', review: '마지막 넘버에서 소름이 돋았다' });
    expect(prompt).toContain('musical "레미제라블"');
    expect(prompt).toContain('블루스퀘어');
    expect(prompt).toContain('소름이 돋았다');
    expect(prompt).toMatch(/No text/);
  });
});

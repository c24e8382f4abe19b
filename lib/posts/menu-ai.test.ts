import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestMenus } from './menu';
import { buildMenuRequest, parseMenuAnswer, rerankWithAi } from './menu-ai';

const shortlist = suggestMenus({ at: new Date('2026-07-10T12:00:00+09:00'), weather: { precip: 'rain', temp: 24 }, recentCategories: [], seed: 'x', count: 10 });
const names = shortlist.map((s) => s.dish.ko);
const completion = (picks: unknown) => ({ choices: [{ message: { content: JSON.stringify({ picks }) } }] });

// A stand-in OpenAI-compatible server: answers what the test sets, records what it got.
let answer: { status: number; body: unknown } = { status: 200, body: null };
const seen: { auth?: string; body?: { model: string; response_format: { json_schema: { schema: unknown } } } }[] = [];
const server = http.createServer((req, res) => {
  let data = '';
  req.on('data', (c) => (data += c));
  req.on('end', () => {
    seen.push({ auth: req.headers.authorization, body: JSON.parse(data) });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  });
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
const cfg = () => ({ baseUrl: base, apiKey: 'sk-test', model: 'tiny' });
const ctx = { hourKst: 12, month: 7, weather: 'rain', locale: 'ko' as const };

describe('AI menu re-ranking', () => {
  it('sends the shortlist as the only allowed names and takes five picks back', async () => {
    const picks = names.slice(0, 5).reverse().map((name) => ({ name, why: '비 오는 점심에 따뜻하게' }));
    answer = { status: 200, body: completion(picks) };
    expect(await rerankWithAi(cfg(), shortlist, ctx)).toEqual(picks);
    expect(seen.at(-1)?.auth).toBe('Bearer sk-test');
    expect(JSON.stringify(seen.at(-1)?.body?.response_format.json_schema.schema)).toContain(names[9]);
    expect(buildMenuRequest('m', shortlist, ctx).messages[1].content).toContain('날씨: rain');
  });
  it('refuses picks outside the shortlist, duplicates, the wrong count, errors and garbage', async () => {
    const ok = names.slice(0, 5).map((name) => ({ name, why: '좋아요' }));
    expect(() => parseMenuAnswer(completion([...ok.slice(0, 4), { name: '랍스터', why: '?' }]), shortlist)).toThrow();
    expect(() => parseMenuAnswer(completion([...ok.slice(0, 4), ok[0]]), shortlist)).toThrow();
    expect(() => parseMenuAnswer(completion(ok.slice(0, 3)), shortlist)).toThrow();
    expect(() => parseMenuAnswer({ choices: [{ message: { content: 'not json' } }] }, shortlist)).toThrow();
    answer = { status: 500, body: { error: 'boom' } };
    await expect(rerankWithAi(cfg(), shortlist, ctx)).rejects.toThrow(/500/);
  });
});

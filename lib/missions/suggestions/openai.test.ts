import { describe, expect, it } from 'vitest';
import { buildRequest, OpenAiCompatibleProvider } from './openai';

const query = { age: 7, place: 'home', area: 'chores' } as const;
const five = Array.from({ length: 5 }, (_, i) => ({ title: `미션 ${i + 1}`, description: '설명', reward: 2 }));
const completion = (content: string) => ({ choices: [{ message: { role: 'assistant', content } }] });

function fakeFetch(body: unknown, status = 200) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

const provider = (fetchImpl: typeof fetch) => new OpenAiCompatibleProvider({ baseUrl: 'https://ai.example/v1/', apiKey: 'sk-test', model: 'tiny' }, fetchImpl);

describe('OpenAI-compatible suggestions provider', () => {
  it('asks chat completions for a structured answer and uses a valid one', async () => {
    const { calls, fetchImpl } = fakeFetch(completion(JSON.stringify({ suggestions: five })));
    const out = await provider(fetchImpl).suggest(query);
    expect(out.map((s) => s.title)).toEqual(five.map((s) => s.title));
    expect(out.every((s) => s.id.startsWith('ai-'))).toBe(true);
    expect(calls[0].url).toBe('https://ai.example/v1/chat/completions');
    expect(new Headers(calls[0].init.headers).get('authorization')).toBe('Bearer sk-test');
    const sent = JSON.parse(String(calls[0].init.body));
    expect(sent.model).toBe('tiny');
    expect(sent.response_format.type).toBe('json_schema');
    expect(sent.response_format.json_schema.schema.properties.suggestions.minItems).toBe(5);
    expect(sent.messages.at(-1).content).toContain('7살');
  });

  it.each([
    ['content that is not JSON', completion('여기 다섯 가지 미션이에요: ...')],
    ['four suggestions', completion(JSON.stringify({ suggestions: five.slice(0, 4) }))],
    ['a reward of 20', completion(JSON.stringify({ suggestions: five.map((s) => ({ ...s, reward: 20 })) }))],
    ['an empty title', completion(JSON.stringify({ suggestions: five.map((s, i) => ({ ...s, title: i ? s.title : '  ' })) }))],
    ['duplicate titles', completion(JSON.stringify({ suggestions: five.map((s) => ({ ...s, title: '같은 미션' })) }))],
    ['no choices', { choices: [] }],
    ['a body that is not JSON', '<html>bad gateway</html>'],
  ])('refuses %s', async (_name, body) => {
    await expect(provider(fakeFetch(body).fetchImpl).suggest(query)).rejects.toThrow();
  });

  it('refuses an error status', async () => {
    await expect(provider(fakeFetch(completion('{}'), 500).fetchImpl).suggest(query)).rejects.toThrow(/500/);
  });

  it('describes the place and area in Korean', () => {
    const req = buildRequest('m', { age: 12, place: 'school', area: 'kindness' });
    expect(req.messages[1].content).toContain('학교');
    expect(req.messages[1].content).toContain('배려');
  });
});

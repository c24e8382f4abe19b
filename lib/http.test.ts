// The shared body reader, the JSON content-type rule and the cross-site refusal in route().
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { NextRequest } from 'next/server';

let http: typeof import('./http');
beforeAll(async () => {
  // route() reads the public URL from the environment when Origin and Host differ.
  Object.assign(process.env, {
    DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused',
    NEXTAUTH_SECRET: 'unit-secret-0123456789abcdef',
    NEXTAUTH_URL: 'https://moa.example',
    PUSHER_APP_ID: 'app-1', PUSHER_KEY: 'key-1', PUSHER_SECRET: 'secret-1',
  });
  http = await import('./http');
});

/** A chunked body (no Content-Length) of `chunks` pieces of `size` bytes; counts the pieces pulled. */
function chunked(chunks: number, size: number) {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count += 1;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { body, pulled };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1:3000/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readBody', () => {
  it('stops at the cap on a chunked body without a Content-Length, pulling no further', async () => {
    const { body, pulled } = chunked(1000, 1024);
    await expect(http.readBody(post(body), 10 * 1024)).rejects.toMatchObject({ code: 'payload_too_large' });
    expect(pulled.count).toBeLessThanOrEqual(12);
  });

  it('refuses a declared length over the cap before reading, and returns a body within it', async () => {
    await expect(http.readBody(post('x'.repeat(20), { 'content-length': '999999' }), 10)).rejects.toMatchObject({ status: 413 });
    const { body } = chunked(3, 100);
    expect((await http.readBody(post(body), 300)).byteLength).toBe(300);
  });
});

describe('readJson', () => {
  const schema = z.object({ a: z.number().default(1) });
  it('needs application/json (parameters allowed): text/plain and forms are 415', async () => {
    expect(await http.readJson(post('{"a":2}', { 'content-type': 'application/json; charset=utf-8' }), schema)).toEqual({ a: 2 });
    expect(await http.readJson(post('{"a":3}', { 'content-type': 'Application/JSON' }), schema)).toEqual({ a: 3 });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx']) {
      await expect(http.readJson(post('{"a":2}', { 'content-type': type }), schema), type).rejects.toMatchObject({ status: 415, message: 'errors.jsonRequired' });
    }
  });

  it('takes an empty body as {} with or without a type, but not a typeless body', async () => {
    expect(await http.readJson(post(null), schema)).toEqual({ a: 1 });
    await expect(http.readJson(post('{"a":2}', { 'content-type': '' }), schema)).rejects.toMatchObject({ status: 415 });
  });

  it('caps a chunked JSON body at 256 KB', async () => {
    const { body } = chunked(300, 1024);
    await expect(http.readJson(post(body, { 'content-type': 'application/json' }), schema)).rejects.toMatchObject({ status: 413 });
  });
});

describe('route() and where a request came from', () => {
  const handler = () => http.route(async () => ({ done: true }));
  const call = (method: string, headers: Record<string, string>) =>
    handler()(new Request('http://127.0.0.1:3000/api/x', { method, headers: { host: '127.0.0.1:3000', ...headers } }) as unknown as NextRequest, { params: Promise.resolve({}) });

  it.each([
    ['no Origin and no Sec-Fetch-Site (a program)', {}],
    ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:3000' }],
    ['Sec-Fetch-Site: none', { 'sec-fetch-site': 'none' }],
    ['an Origin naming the Host', { origin: 'http://127.0.0.1:3000' }],
    ['an Origin naming the configured public URL', { origin: 'https://moa.example' }],
  ])('lets a state-changing request through with %s', async (_label, headers) => {
    expect((await call('POST', headers)).status).toBe(200);
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site', origin: 'http://other.127.0.0.1:3000' }],
    ['another Origin', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['an Origin on another port', { origin: 'http://127.0.0.1:4000' }],
  ])('refuses POST, PUT, PATCH and DELETE with %s (403 errors.crossSite)', async (_label, headers) => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await call(method, headers);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }
  });

  it('does not refuse reads from another site (GET has no effect to forge)', async () => {
    expect((await call('GET', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' })).status).toBe(200);
  });
});

// The HTTP API transport of lib/realtime/server.ts against a local stand-in for the
// realtime server: what goes on the wire, how it is signed, and what a refusal does.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setUnitEnv } from '@/tests/helpers/unit-env';

interface Seen { method: string; path: string; query: URLSearchParams; body: string }
const seen: Seen[] = [];
let answer: (body: string) => number = (body) => (body.includes('too-big') ? 413 : 200);
const stub = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url!, 'http://x');
    const body = Buffer.concat(chunks).toString('utf8');
    seen.push({ method: req.method!, path: url.pathname, query: url.searchParams, body });
    res.writeHead(answer(body), { 'content-type': 'application/json', connection: 'close' });
    res.end('{}');
  });
});

let server: typeof import('./server');
const savedEnv = { ...process.env };

beforeAll(async () => {
  await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
  setUnitEnv({
    PUSHER_HOST: '127.0.0.1', PUSHER_PORT: String((stub.address() as AddressInfo).port), PUSHER_USE_TLS: 'false',
  });
  server = await import('./server');
});
afterAll(async () => {
  process.env = savedEnv;
  await new Promise<void>((r) => stub.close(() => r()));
});

const lastBody = () => JSON.parse(seen.at(-1)!.body);

describe('publishing over the Pusher HTTP API', () => {
  it('sends one signed batch per turn, with data as JSON text and the socket to exclude', async () => {
    seen.length = 0;
    const ok = await Promise.all([
      server.publish('private-room-r1', 'message', { body: '안녕' }, '123.456'),
      server.publish('private-user-u1', 'room-activity', { roomId: 'r1' }),
    ]);
    expect(ok).toEqual([true, true]);
    expect(seen).toHaveLength(1);
    const { method, path, query, body } = seen[0];
    expect([method, path]).toEqual(['POST', '/apps/app-1/batch_events']);
    expect(lastBody()).toEqual({
      batch: [
        { channel: 'private-room-r1', name: 'message', data: JSON.stringify({ body: '안녕' }), socket_id: '123.456' },
        { channel: 'private-user-u1', name: 'room-activity', data: JSON.stringify({ roomId: 'r1' }) },
      ],
    });
    // Pusher's request signing: md5 of the body, HMAC-SHA256 of method, path and sorted query.
    expect(query.get('auth_key')).toBe('key-1');
    expect(query.get('body_md5')).toBe(crypto.createHash('md5').update(body).digest('hex'));
    const params = [...query].filter(([k]) => k !== 'auth_signature').sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('&');
    const expected = crypto.createHmac('sha256', 'secret-1').update(`POST\n${path}\n${params}`).digest('hex');
    expect(query.get('auth_signature')).toBe(expected);
  });

  it('sends one event to many channels as a single /events request', async () => {
    seen.length = 0;
    expect(await server.publish(['private-user-a', 'private-user-b'], 'rooms-changed', { roomId: 'r' })).toBe(true);
    expect(seen.map((s) => s.path)).toEqual(['/apps/app-1/events']);
    expect(lastBody()).toEqual({ name: 'rooms-changed', data: JSON.stringify({ roomId: 'r' }), channels: ['private-user-a', 'private-user-b'] });
  });

  it('reports a refused event as not published, without failing the others in its batch', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    seen.length = 0;
    const [good, bad] = await Promise.all([
      server.publish('private-room-r1', 'message', { body: 'fine' }),
      server.publish('private-room-r1', 'message', { body: 'too-big' }),
    ]);
    expect([good, bad]).toEqual([true, false]);
    // The batch, then each event alone.
    expect(seen).toHaveLength(3);
  });

  it('reports a server error as not published', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    answer = () => 503;
    expect(await server.publish('private-room-r1', 'message', { body: 'x' })).toBe(false);
    expect(await server.publish(['private-user-a'], 'rooms-changed', {})).toBe(false);
    answer = (body) => (body.includes('too-big') ? 413 : 200);
  });
});

// Requests before any rule runs: bodies capped as they arrive, JSON only as JSON,
// cross-site writes refused, uploads refused before their bytes are read, and
// malformed text or dates a 4xx instead of a 500.
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, Client, newUser } from '../helpers/client';
import { makeFamily } from '../helpers/family';
import { streamBody } from '../helpers/uploads';
import { db } from '@/lib/db';

afterAll(async () => {
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;

/** An endless or long body (tests/helpers/uploads.ts streamBody) against the shared server. */
const streamed = (path: string, { method = 'POST', headers = {}, bytes, head = '' }: { method?: string; headers?: Record<string, string>; bytes: number; head?: string }) =>
  streamBody(BASE, path, { 'x-forwarded-for': '198.18.7.7', ...headers }, bytes, { method, head });

const MB = 1024 * 1024;

describe('bodies are capped as they arrive', () => {
  it('a chunked JSON body over 256 KB is 413 after at most a few chunks, from anyone', async () => {
    const res = await streamed('/api/accounts', { headers: { 'content-type': 'application/json' }, bytes: 64 * MB, head: '{"loginId":"' });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
    expect(res.sent).toBeLessThan(16 * MB);
  });

  it('so is the realtime auth form', async () => {
    const me = await newUser();
    const res = await streamed('/api/realtime/auth', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: me.client.cookieHeader() }, bytes: 64 * MB, head: 'socket_id=1.1&channel_name=',
    });
    expect(res.status).toBe(413);
  });

  it('uploads answer an anonymous caller and an outsider before reading their (endless) body', async () => {
    const [member, outsider] = [await newUser(), await newUser()];
    const room = await db.room.create({ data: { kind: 'GROUP', name: 'r', members: { create: { userId: member.id } } } });
    const type = { 'content-type': 'multipart/form-data; boundary=x' };
    const before = await db.upload.count();
    const anon = await streamed(`/api/rooms/${room.id}/uploads`, { headers: type, bytes: Infinity });
    expect(anon.status).toBe(401);
    const other = await streamed(`/api/rooms/${room.id}/uploads`, { headers: { ...type, cookie: outsider.client.cookieHeader() }, bytes: Infinity });
    expect(other.status).toBe(404);
    // A member's upload past MAX_UPLOAD_MB (50) is cut off as it arrives.
    const big = await streamed(`/api/rooms/${room.id}/uploads`, { headers: { ...type, cookie: member.client.cookieHeader() }, bytes: 200 * MB });
    expect(big.status).toBe(413);
    expect(big.sent).toBeLessThan(120 * MB);
    expect(await db.upload.count()).toBe(before);
  }, 60_000);

  it('mission photos: someone outside the family is answered before the body is read', async () => {
    const family = await makeFamily();
    const outsider = await newUser();
    const mission = await family.parent.client.json(`/api/families/${family.circleId}/missions`, 'POST', { childId: family.child.id, title: '방 정리' });
    expect(mission.status).toBe(201);
    const day = mission.data.mission.startsOn as string;
    const res = await streamed(`/api/families/${family.circleId}/missions/${mission.data.mission.id}/runs/${day}/submit`, {
      headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: outsider.client.cookieHeader() }, bytes: Infinity,
    });
    expect(res.status).toBe(404);
  }, 60_000);
});

describe('JSON is sent as JSON, and writes come from our own pages', () => {
  const post = (u: U, body: string, headers: Record<string, string>) => u.client.fetch('/api/circles', { method: 'POST', body, headers });
  const circlesOf = (u: U) => db.circleMember.count({ where: { userId: u.id } });

  it('JSON sent as text/plain (what a cross-site form can send) is 415 and writes nothing', async () => {
    const me = await newUser();
    const res = await post(me, JSON.stringify({ name: '폼에서' }), { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
    expect(await circlesOf(me)).toBe(0);
    expect((await post(me, JSON.stringify({ name: '가족' }), { 'content-type': 'application/json; charset=utf-8' })).status).toBe(201);
  });

  it.each([
    ['Origin of another site', { origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
    ['Origin: null', { origin: 'null' }],
  ])('a state-changing request with %s is 403 and writes nothing', async (_label, headers) => {
    const me = await newUser();
    const body = JSON.stringify({ name: '남의 사이트' });
    const res = await post(me, body, { 'content-type': 'application/json', ...headers });
    expect(res.status).toBe(403);
    const json = await res.json();
    expect(json.error.code).toBe('forbidden');
    expect(json.error.message).toContain('다른 사이트');
    const del = await me.client.fetch('/api/accounts/me', { method: 'DELETE', body: JSON.stringify({ password: me.password }), headers: { 'content-type': 'application/json', ...headers } });
    expect(del.status).toBe(403);
    expect(await circlesOf(me)).toBe(0);
    expect((await me.client.json('/api/accounts/me', 'GET')).status).toBe(200);
  });

  it('our own pages (same origin, or an Origin naming this host) and programs pass', async () => {
    const me = await newUser();
    const host = new URL(BASE).host;
    const cases: Record<string, string>[] = [{ 'sec-fetch-site': 'same-origin', origin: BASE }, { origin: `http://${host}` }, {}];
    for (const headers of cases) {
      expect((await post(me, JSON.stringify({ name: '우리집' }), { 'content-type': 'application/json', ...headers })).status).toBe(201);
    }
    // next-auth's own routes keep working (they carry their own CSRF token).
    expect((await new Client().signIn(me.loginId, me.password)).ok).toBe(true);
  });
});

describe('text and dates that used to be 500s', () => {
  it.each([
    ['a message', (roomId: string) => [`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: 'nul-client-1', body: 'a\u0000b' }]],
    ['a group name', () => ['/api/rooms', 'POST', { name: 'a\u0000', memberIds: ['c0000000000000000000000000'] }]],
    ['a family name', () => ['/api/circles', 'POST', { name: '가\u0000족' }]],
    ['a display name', () => ['/api/profiles/me', 'PUT', { displayName: 'x\u0000' }]],
    ['a couple request', () => ['/api/couple/requests', 'POST', { loginId: 'ab\u0000cd' }]],
    ['an invite code', () => ['/api/circles/join', 'POST', { code: 'ABCD\u0000EFG' }]],
    ['a push endpoint', () => ['/api/push/subscriptions', 'DELETE', { endpoint: 'https://push.example/\u0000' }]],
    ['a search', () => ['/api/search?q=a%00b', 'GET']],
    ['a login ID check', () => ['/api/accounts/availability?loginId=ab%00c', 'GET']],
  ] as const)('a NUL in %s is 422', async (_label, make) => {
    const me = await newUser();
    const room = await db.room.create({ data: { kind: 'GROUP', name: 'r', members: { create: { userId: me.id } } } });
    const [path, method, body] = make(room.id) as [string, string, unknown?];
    const res = await me.client.json(path, method, body);
    expect(res.status).toBe(422);
    expect(res.data.error.code).toBe('validation_failed');
  });

  it('a date that is not on the calendar is 422 on history and search; a leap day is fine', async () => {
    const me = await newUser();
    const room = await db.room.create({ data: { kind: 'GROUP', name: 'r', members: { create: { userId: me.id } } } });
    for (const date of ['2024-13-01', '2026-02-30', '2024-00-10']) {
      expect((await me.client.json(`/api/rooms/${room.id}/messages?date=${date}`, 'GET')).status, date).toBe(422);
      expect((await me.client.json(`/api/search?date=${date}`, 'GET')).status, date).toBe(422);
    }
    expect((await me.client.json(`/api/rooms/${room.id}/messages?date=2024-02-29`, 'GET')).status).toBe(200);
    expect((await me.client.json('/api/search?date=2024-02-29', 'GET')).status).toBe(200);
  });

  it('next-auth: a callback URL that is not a URL (query, body or its own cookie) is a 400, not its 500', async () => {
    const c = new Client();
    expect((await c.fetch('/api/auth/session?callbackUrl=key')).status).toBe(400);
    const bad = await c.fetch('/api/auth/session', { headers: { cookie: 'next-auth.callback-url=key' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.getSetCookie().join()).toMatch(/next-auth\.callback-url=;.*Max-Age=0/i);
    const csrf = await (await c.fetch('/api/auth/csrf')).json();
    const post = await c.fetch('/api/auth/signin/credentials', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: 'key', json: 'true' }),
    });
    expect(post.status).toBeLessThan(500);
    expect((await c.fetch('/api/auth/session')).status).toBe(200);
  });

  it('next-auth: malformed or oversized JSON and a GET of the credentials callback are 4xx, not 500', async () => {
    const c = new Client();
    const json = { 'content-type': 'application/json' };
    expect((await c.fetch('/api/auth/_log', { method: 'POST', headers: json, body: '{x' })).status).toBe(400);
    expect((await c.fetch('/api/auth/signout', { method: 'POST', headers: json, body: '{"callbackUrl":1,"json":"true"}' })).status).toBe(400);
    expect((await c.fetch('/api/auth/callback/credentials', { method: 'POST', headers: json, body: '' })).status).toBe(400);
    const big = await streamed('/api/auth/callback/credentials', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, bytes: 64 * MB, head: 'loginId=' });
    expect(big.status).toBe(413);
    expect((await c.fetch('/api/auth/callback/credentials')).status).toBe(405);
    expect((await c.signIn('nobody_here', 'password-123')).status).toBeLessThan(500);
  });

  it('a cron Authorization header of the right length with non-ASCII characters is 404', async () => {
    const right = `Bearer ${process.env.CRON_SECRET}`;
    const wrong = `${right.slice(0, -1)}\u00e9`;
    expect(wrong.length).toBe(right.length);
    const res = await new Client().fetch('/api/cron/cleanup', { headers: { authorization: wrong } });
    expect(res.status).toBe(404);
  });
});

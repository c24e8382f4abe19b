// Platform plumbing against the real database: key/value store, cron auth, circle channels.
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { kv } from '@/lib/kv';
import { setClockOffset } from '@/lib/clock';
import { canSubscribe } from '@/lib/realtime/access';
import { channels } from '@/lib/realtime/channels';
import { Client, newUser } from '../helpers/client';

afterAll(async () => {
  setClockOffset(0);
  await db.$disconnect();
});

describe('PostgreSQL key/value store', () => {
  it('counts concurrent increments exactly', async () => {
    const store = await kv();
    const key = `test:incr:${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 40 }, () => store.incr(key, 60)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('expires values and restarts counters after their window', async () => {
    const store = await kv();
    const key = `test:ttl:${Date.now()}`;
    await store.set(key, { a: 1 }, { ttlSeconds: 30 });
    expect(await store.get(key)).toEqual({ a: 1 });
    await store.incr(`${key}:n`, 30);
    await store.incr(`${key}:n`, 30);
    setClockOffset(31_000);
    expect(await store.get(key)).toBeNull();
    expect((await store.incr(`${key}:n`, 30)).count).toBe(1);
    setClockOffset(0);
    await store.del(key);
  });
});

describe('cron routes', () => {
  it('are hidden (404) without the cron secret', async () => {
    const res = await new Client().fetch('/api/cron/cleanup');
    expect(res.status).toBe(404);
    const wrong = await new Client().fetch('/api/cron/cleanup', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(404);
  });

  it('run with it', async () => {
    const res = await new Client().fetch('/api/cron/cleanup', { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } });
    expect(res.status).toBe(200);
    expect(typeof (await res.json()).purged).toBe('number');
  });
});

describe('circle channels', () => {
  it('only members may subscribe', async () => {
    const member = await newUser();
    const outsider = await newUser();
    const circle = await db.circle.create({ data: { kind: 'FAMILY', name: 't', members: { create: { userId: member.id, role: 'PARENT' } } } });
    const asUser = (u: { id: string; loginId: string }) => ({ id: u.id, loginId: u.loginId, displayName: '', locale: 'ko' });
    expect(await canSubscribe(asUser(member), channels.circle(circle.id))).toBe(true);
    expect(await canSubscribe(asUser(outsider), channels.circle(circle.id))).toBe(false);
  });
});

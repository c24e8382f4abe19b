import { afterAll, describe, expect, it } from 'vitest';
import Pusher from 'pusher-js';
import { Client, newUser } from '../helpers/client';
import { connectAs, listen } from '../helpers/realtime';
import { channels } from '@/lib/realtime/channels';
import { publish } from '@/lib/realtime/server';
import { db } from '@/lib/db';

const open: Pusher[] = [];
afterAll(async () => {
  for (const p of open) p.disconnect();
  await db.$disconnect();
});

function connect(client: Client, opts: { forge?: boolean } = {}) {
  const p = connectAs(client, opts);
  open.push(p);
  return p;
}

function subscribe(p: Pusher, name: string) {
  return new Promise<'ok' | 'refused'>((resolve) => {
    const ch = p.subscribe(name);
    ch.bind('pusher:subscription_succeeded', () => resolve('ok'));
    ch.bind('pusher:subscription_error', () => resolve('refused'));
  });
}

async function authStatus(c: Client, channel: string) {
  const res = await c.fetch('/api/realtime/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ socket_id: '123.456', channel_name: channel }),
  });
  return res.status;
}

describe('channel authorization', () => {
  it('signs my own user channel and refuses someone else’s, unknown patterns and anonymous callers', async () => {
    const me = await newUser();
    const other = await newUser();
    expect(await authStatus(me.client, channels.user(me.id))).toBe(200);
    expect(await authStatus(me.client, channels.user(other.id))).toBe(403);
    expect(await authStatus(me.client, `private-anything-${me.id}`)).toBe(403);
    expect(await authStatus(me.client, 'public-channel')).toBe(403);
    expect(await authStatus(new Client(), channels.user(me.id))).toBe(401);
  });

  it('rejects a malformed auth request with 422, never 500', async () => {
    const me = await newUser();
    const res = await me.client.fetch('/api/realtime/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'socket_id=nope',
    });
    expect(res.status).toBe(422);
  });

  it('an outsider cannot subscribe through the route, nor with a forged signature at Soketi', async () => {
    const victim = await newUser();
    const outsider = await newUser();
    const viaRoute = connect(outsider.client);
    expect(await subscribe(viaRoute, channels.user(victim.id))).toBe('refused');
    const forged = connect(outsider.client, { forge: true });
    expect(await subscribe(forged, channels.user(victim.id))).toBe('refused');
  });

  it('delivers events published after a write to the subscribed owner only', async () => {
    const me = await newUser();
    const p = connect(me.client);
    expect(await subscribe(p, channels.user(me.id))).toBe('ok');
    const got = new Promise((resolve) => p.channel(channels.user(me.id)).bind('hello', resolve));
    expect(await publish(channels.user(me.id), 'hello', { n: 1 })).toBe(true);
    expect(await got).toEqual({ n: 1 });
  });
});

describe('publishing', () => {
  it('events published in the same turn share requests and all arrive, each on its own channel', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const [mine, theirs] = [await listen(me.client, channels.user(me.id)), await listen(other.client, channels.user(other.id))];
    try {
      const sent = await Promise.all([
        ...Array.from({ length: 12 }, (_, i) => publish(channels.user(me.id), 'tick', { i })),
        publish(channels.user(other.id), 'tock', { i: 0 }),
      ]);
      expect(sent.every(Boolean)).toBe(true);
      await expect.poll(() => mine.events.length).toBe(12);
      expect(mine.events.map((e) => (e.data as { i: number }).i).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
      expect(await theirs.waitFor('tock')).toEqual({ i: 0 });
      expect(theirs.events.map((e) => e.event)).toEqual(['tock']);
    } finally {
      mine.close();
      theirs.close();
    }
  });
});

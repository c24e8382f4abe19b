// Web push and the notification center against the real server, Soketi and the
// offline mock push service (which decrypts what it receives, as a browser would).
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser } from '../helpers/client';
import { listen, type Listener } from '../helpers/realtime';
import { expire, mockSubscribe, received, registerDevice, waitForPushes, type MockSubscription } from '../helpers/push-mock';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { presentUserIds } from '@/lib/notifications/message-push';
import { notify } from '@/lib/notifications/service';

const open: Listener[] = [];
afterAll(async () => {
  for (const l of open) l.close();
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;

async function group(owner: U, others: U[], name = '주말 모임') {
  const pairs = others.flatMap((o) => [{ ownerId: owner.id, friendId: o.id }, { ownerId: o.id, friendId: owner.id }]);
  await db.friendship.createMany({ data: pairs, skipDuplicates: true });
  const res = await owner.client.json('/api/rooms', 'POST', { name, memberIds: others.map((o) => o.id) });
  expect(res.status).toBe(201);
  return res.data.roomId as string;
}

let n = 0;
async function send(u: U, roomId: string, body: string) {
  const res = await u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: `push-${Date.now()}-${++n}`, body });
  expect(res.status).toBe(201);
  return res.data.message as { id: string };
}

/** B looks at the room: its presence channel, subscribed through the real auth route. */
async function enterRoom(u: U, roomId: string) {
  const l = await listen(u.client, channels.roomPresence(roomId));
  open.push(l);
  await until(async () => (await presentUserIds(roomId)).has(u.id));
  return l;
}

/** C's push arrived, so B's (if any) left at the same moment: give it time to land. */
const settle = () => new Promise((r) => setTimeout(r, 300));

async function until(check: () => Promise<boolean>, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A room of A (sender), B (the recipient under test) and C (a control who is away):
 * once C's push for a message has arrived, the decision about B was made too
 * (one hook run decides for everyone), so "B got nothing" is a real observation.
 */
async function trio() {
  const [a, b, c] = [await newUser(), await newUser(), await newUser()];
  const roomId = await group(a, [b, c]);
  const [devA, devB, devC] = await Promise.all([registerDevice(a.client), registerDevice(b.client), registerDevice(c.client)]);
  return { a, b, c, roomId, devA, devB, devC };
}

describe('push for chat messages', () => {
  it('reaches a member who is away, with the preview and a link to the room; never the sender', async () => {
    const { a, b, roomId, devA, devB, devC } = await trio();
    await send(a, roomId, '오늘 저녁 같이 먹어요? 7시에 역 앞에서 만나요');
    const [push] = await waitForPushes(devB, 1);
    expect(push).toEqual({
      title: '주말 모임',
      body: `Test ${a.loginId}: 오늘 저녁 같이 먹어요? 7시에 역 앞에서 만나요`,
      url: `/chat/${roomId}`,
      tag: roomId,
    });
    await waitForPushes(devC, 1);
    await settle();
    expect(await received(devA)).toEqual([]);
    // A replying from B's side notifies A, not B.
    await send(b, roomId, '좋아요!');
    const [toA] = await waitForPushes(devA, 1);
    expect(toA.body).toContain('좋아요!');
    await waitForPushes(devC, 2);
    await settle();
    expect(await received(devB)).toHaveLength(1);
  });

  it('is not sent to a member who is looking at the room, and is again once they leave it', async () => {
    const { a, b, roomId, devB, devC } = await trio();
    const looking = await enterRoom(b, roomId);
    await send(a, roomId, '보고 있을 때');
    await waitForPushes(devC, 1);
    await settle();
    expect(await received(devB)).toEqual([]);

    looking.close();
    await until(async () => !(await presentUserIds(roomId)).has(b.id));
    await send(a, roomId, '나간 뒤에');
    const pushes = await waitForPushes(devB, 1);
    expect(pushes.map((p) => p.body)).toEqual([`Test ${a.loginId}: 나간 뒤에`]);
  });

  it('is not sent to a member who muted the room, and is again after unmuting', async () => {
    const { a, b, roomId, devB, devC } = await trio();
    expect((await b.client.json(`/api/rooms/${roomId}/mute`, 'PUT', { muted: true })).status).toBe(200);
    await send(a, roomId, '조용히');
    await waitForPushes(devC, 1);
    await settle();
    expect(await received(devB)).toEqual([]);

    expect((await b.client.json(`/api/rooms/${roomId}/mute`, 'PUT', { muted: false })).status).toBe(200);
    await send(a, roomId, '다시 알림');
    expect((await waitForPushes(devB, 1))[0].body).toContain('다시 알림');
  });

  it('reaches every device of the recipient, and a device the push service calls gone (410) is forgotten', async () => {
    const { a, b, roomId, devB } = await trio();
    const phone = await registerDevice(b.client);
    await expire(devB);
    await send(a, roomId, '하나는 만료');
    await waitForPushes(phone, 1);
    await until(async () => (await db.pushSubscription.count({ where: { endpoint: devB.endpoint } })) === 0);
    expect(await db.pushSubscription.count({ where: { userId: b.id } })).toBe(1);
  });

  it('does not slow down or fail the send when the push service is unreachable', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const sub = await mockSubscribe((await b.client.json('/api/push/vapid', 'GET')).data.publicKey);
    // A port nothing listens on: the push fails, the message does not.
    const dead = { endpoint: 'http://127.0.0.1:9/notify/nothing-here', keys: sub.keys };
    expect((await b.client.json('/api/push/subscriptions', 'POST', dead)).status).toBe(201);
    const started = Date.now();
    await send(a, roomId, '그래도 보내져요');
    expect(Date.now() - started).toBeLessThan(2000);
    const history = await b.client.json(`/api/rooms/${roomId}/messages`, 'GET');
    expect(history.data.messages.map((m: { body: string }) => m.body)).toContain('그래도 보내져요');
  });
});

describe('push subscriptions', () => {
  const valid = (sub: MockSubscription) => ({ endpoint: sub.endpoint, keys: sub.keys });

  it('refuses malformed input with 422 (400 for broken JSON) and stores nothing', async () => {
    const me = await newUser();
    const sub = await mockSubscribe((await me.client.json('/api/push/vapid', 'GET')).data.publicKey);
    const bad = [
      {},
      { endpoint: sub.endpoint },
      { endpoint: 'not a url', keys: sub.keys },
      { endpoint: 'ftp://push.example.com/x', keys: sub.keys },
      { endpoint: sub.endpoint, keys: { p256dh: 'short', auth: sub.keys.auth } },
      { endpoint: sub.endpoint, keys: { p256dh: sub.keys.p256dh, auth: 'c2hvcnQ' } },
      { endpoint: sub.endpoint, keys: { p256dh: 42, auth: sub.keys.auth } },
      { endpoint: `https://push.example.com/${'x'.repeat(2100)}`, keys: sub.keys },
    ];
    for (const body of bad) {
      const res = await me.client.json('/api/push/subscriptions', 'POST', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(res.data.error.code).toBe('validation_failed');
    }
    expect((await me.client.json('/api/push/subscriptions', 'POST', '{"endpoint":')).status).toBe(400);
    expect(await db.pushSubscription.count({ where: { userId: me.id } })).toBe(0);
  });

  it('a device belongs to whoever subscribed on it last; only its owner can remove it', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const sub = await registerDevice(other.client);
    const del = await me.client.json('/api/push/subscriptions', 'DELETE', { endpoint: sub.endpoint });
    expect(del.status).toBe(404);
    expect(await db.pushSubscription.findUnique({ where: { endpoint: sub.endpoint } })).toMatchObject({ userId: other.id });

    // Re-subscribing the same browser is an update, not a second row.
    const again = await other.client.json('/api/push/subscriptions', 'POST', valid(sub));
    expect(again.status).toBe(200);
    expect(await db.pushSubscription.count({ where: { endpoint: sub.endpoint } })).toBe(1);

    const mine = await other.client.json('/api/push/subscriptions', 'DELETE', { endpoint: sub.endpoint });
    expect(mine.status).toBe(200);
    expect(await db.pushSubscription.count({ where: { endpoint: sub.endpoint } })).toBe(0);
  });

  it('the session user owns the subscription whatever the body says', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const sub = await mockSubscribe((await me.client.json('/api/push/vapid', 'GET')).data.publicKey);
    const res = await me.client.json('/api/push/subscriptions', 'POST', { ...valid(sub), userId: other.id });
    expect(res.status).toBe(201);
    expect(await db.pushSubscription.findUnique({ where: { endpoint: sub.endpoint } })).toMatchObject({ userId: me.id });
  });
});

describe('push addresses and limits', () => {
  it('the address is checked when sending: an endpoint at an unspecified address (which reaches this machine) gets nothing and is forgotten', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const sub = await mockSubscribe((await b.client.json('/api/push/vapid', 'GET')).data.publicKey);
    // The same mock service, named by 0.0.0.0: a connect there lands on loopback, so
    // without the send-time check this push would arrive.
    const sneaky = { endpoint: sub.endpoint.replace('127.0.0.1', '0.0.0.0'), keys: sub.keys };
    expect((await b.client.json('/api/push/subscriptions', 'POST', sneaky)).status).toBe(201);
    await send(a, roomId, '내부 주소로는 안 가요');
    await until(async () => (await db.pushSubscription.count({ where: { userId: b.id } })) === 0);
    expect(await received(sub)).toEqual([]);
  });

  it('keeps at most 10 devices per person: registering an 11th drops the oldest', async () => {
    const me = await newUser();
    const key = (await me.client.json('/api/push/vapid', 'GET')).data.publicKey;
    const endpoints: string[] = [];
    for (let i = 0; i < 11; i++) {
      const sub = await mockSubscribe(key);
      expect((await me.client.json('/api/push/subscriptions', 'POST', { endpoint: sub.endpoint, keys: sub.keys })).status).toBe(201);
      endpoints.push(sub.endpoint);
    }
    const kept = await db.pushSubscription.findMany({ where: { userId: me.id }, select: { endpoint: true } });
    expect(kept).toHaveLength(10);
    expect(kept.map((k) => k.endpoint).sort()).toEqual(endpoints.slice(1).sort());
    // Registering a kept device again makes it the newest: the next new one drops the second.
    expect((await me.client.json('/api/push/subscriptions', 'POST', { endpoint: endpoints[1], keys: (await mockSubscribe(key)).keys })).status).toBeLessThan(300);
    const twelfth = await mockSubscribe(key);
    await me.client.json('/api/push/subscriptions', 'POST', { endpoint: twelfth.endpoint, keys: twelfth.keys });
    const now = (await db.pushSubscription.findMany({ where: { userId: me.id }, select: { endpoint: true } })).map((k) => k.endpoint);
    expect(now).toHaveLength(10);
    expect(now).toContain(endpoints[1]);
    expect(now).not.toContain(endpoints[2]);
  });
});

describe('notification center', () => {
  it('notify() stores, delivers live with the unread count, and pushes with a link', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const device = await registerDevice(me.client);
    const live = await listen(me.client, channels.user(me.id));
    open.push(live);
    const [created] = await notify([me.id], {
      kind: 'couple.request',
      title: (l) => (l === 'ko' ? '커플 신청이 왔어요' : 'A couple request'),
      body: '민아님이 커플 신청을 보냈어요',
      url: '/circles',
    });
    const event = (await live.waitFor('notification')) as { notification: { id: string; title: string }; unreadCount: number };
    expect(event.notification).toMatchObject({ id: created.id, title: '커플 신청이 왔어요', read: false });
    expect(event.unreadCount).toBe(1);
    const [push] = await waitForPushes(device, 1);
    expect(push).toEqual({ title: '커플 신청이 왔어요', body: '민아님이 커플 신청을 보냈어요', url: '/circles', tag: created.id });

    const list = await me.client.json('/api/notifications', 'GET');
    expect(list.status).toBe(200);
    expect(list.data.unreadCount).toBe(1);
    expect(list.data.notifications.map((x: { id: string }) => x.id)).toEqual([created.id]);
    expect((await other.client.json('/api/notifications', 'GET')).data).toMatchObject({ notifications: [], unreadCount: 0 });
  });

  it('lists newest first in pages; marks one read (not someone else’s) and then all, live on every device', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const ids: string[] = [];
    for (const title of ['첫째', '둘째', '셋째']) ids.push((await notify([me.id], { kind: 'system', title, url: '/' }))[0].id);
    const [theirs] = await notify([other.id], { kind: 'system', title: '남의 것', url: '/' });

    const first = await me.client.json('/api/notifications?limit=2', 'GET');
    expect(first.data.notifications.map((x: { title: string }) => x.title)).toEqual(['셋째', '둘째']);
    expect(first.data.unreadCount).toBe(3);
    const second = await me.client.json(`/api/notifications?limit=2&before=${first.data.nextBefore}`, 'GET');
    expect(second.data.notifications.map((x: { title: string }) => x.title)).toEqual(['첫째']);
    expect(second.data.nextBefore).toBeNull();
    expect((await me.client.json(`/api/notifications?before=${theirs.id}`, 'GET')).status).toBe(404);

    const live = await listen(me.client, channels.user(me.id));
    open.push(live);
    expect((await me.client.json(`/api/notifications/${theirs.id}/read`, 'POST')).status).toBe(404);
    expect((await me.client.json('/api/notifications/not-an-id/read', 'POST')).status).toBe(404);
    const one = await me.client.json(`/api/notifications/${ids[0]}/read`, 'POST');
    expect(one.data).toEqual({ unreadCount: 2 });
    expect(await live.waitFor('notifications-read')).toEqual({ unreadCount: 2 });
    expect((await me.client.json(`/api/notifications/${ids[0]}/read`, 'POST')).data).toEqual({ unreadCount: 2 });

    expect((await me.client.json('/api/notifications', 'POST')).data).toEqual({ unreadCount: 0 });
    const after = await me.client.json('/api/notifications', 'GET');
    expect(after.data.unreadCount).toBe(0);
    expect(after.data.notifications.every((x: { read: boolean }) => x.read)).toBe(true);
    expect((await other.client.json('/api/notifications', 'GET')).data.unreadCount).toBe(1);
  });

  it.each([
    ['GET', '/api/notifications'],
    ['POST', '/api/notifications'],
    ['POST', '/api/notifications/cabcdefghijklmnopqrstuvwx/read'],
    ['GET', '/api/push/vapid'],
    ['POST', '/api/push/subscriptions'],
    ['DELETE', '/api/push/subscriptions'],
  ])('anonymous %s %s is 401', async (method, path) => {
    // A well-formed body, so the refusal is about the session, not the input.
    const keys = { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) };
    const body = method === 'GET' ? undefined : { endpoint: 'https://push.example.com/x', keys };
    const res = await new Client().json(path, method, body);
    expect(res.status).toBe(401);
  });
});

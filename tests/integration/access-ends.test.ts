// Access that ends when membership ends: the server closes the person's realtime
// connections at once, their client comes back signed in, and channel auth refuses
// what they lost. Real pusher-js clients against the real Soketi.
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser } from '../helpers/client';
import { makeCouple, settle } from '../helpers/couple';
import { listen, type Listener } from '../helpers/realtime';
import { channels } from '@/lib/realtime/channels';
import { publish } from '@/lib/realtime/server';
import { db } from '@/lib/db';

type U = Awaited<ReturnType<typeof newUser>>;
const open: Listener[] = [];
afterAll(async () => {
  for (const l of open) l.close();
  await db.$disconnect();
});

async function listening(u: U, names: string[]) {
  const l = await listen(u.client, names);
  open.push(l);
  return l;
}

async function group(owner: U, others: U[]) {
  for (const o of others) {
    await db.friendship.createMany({ data: [{ ownerId: owner.id, friendId: o.id }, { ownerId: o.id, friendId: owner.id }], skipDuplicates: true });
  }
  const res = await owner.client.json('/api/rooms', 'POST', { name: '모임', memberIds: others.map((o) => o.id) });
  expect(res.status).toBe(201);
  return res.data.roomId as string;
}

let n = 0;
const send = (u: U, roomId: string, body: string) =>
  u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: `access-${Date.now()}-${++n}`, body });

const bodies = (l: Listener, channel: string, from = 0) =>
  l.events.slice(from).filter((e) => e.channel === channel && e.event === 'message').map((e) => (e.data as { body?: string }).body);
const heardOn = (l: Listener, channel: string, from: number) => l.events.slice(from).filter((e) => e.channel === channel);

describe('signing a connection in', () => {
  it('signs my connection as me; anonymous callers get 401, malformed bodies 422', async () => {
    const me = await newUser();
    const form = (c: Client, body: string) =>
      c.fetch('/api/realtime/user-auth', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const ok = await form(me.client, 'socket_id=123.456');
    expect(ok.status).toBe(200);
    const signed = await ok.json();
    expect(JSON.parse(signed.user_data)).toEqual({ id: me.id });
    expect(signed.auth).toMatch(new RegExp(`^${process.env.PUSHER_KEY}:[0-9a-f]{64}$`));
    expect((await form(new Client(), 'socket_id=123.456')).status).toBe(401);
    expect((await form(me.client, 'socket_id=nope')).status).toBe(422);
  });
});

describe('access ends with membership', () => {
  it('after leaving a group, not one further event arrives on its channel, while the others keep receiving', async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b, c]);
    const room = channels.room(roomId);
    const [la, lb, lc] = [await listening(a, [room]), await listening(b, [room, channels.user(b.id)]), await listening(c, [room])];
    expect((await send(a, roomId, '전')).status).toBe(201);
    await expect.poll(() => bodies(lb, room)).toContain('전');

    expect((await b.client.json(`/api/rooms/${roomId}/members/me`, 'DELETE')).status).toBe(200);
    const since = lb.events.length;
    expect((await send(a, roomId, '후 1')).status).toBe(201);
    // b's tab came back signed in, and the room's channel is refused to it now.
    await expect.poll(() => lb.refused, { timeout: 5000 }).toContain(room);
    expect(lb.connections()).toBeGreaterThanOrEqual(2);
    expect((await send(c, roomId, '후 2')).status).toBe(201);
    await expect.poll(() => bodies(la, room)).toEqual(expect.arrayContaining(['후 1', '후 2']));
    await expect.poll(() => bodies(lc, room)).toEqual(expect.arrayContaining(['후 1', '후 2']));
    // b's own channel still works on the new connection.
    await publish(channels.user(b.id), 'hello', { n: 1 });
    await lb.waitFor('hello');
    await settle();
    expect(heardOn(lb, room, since)).toEqual([]);
    // The rest heard b leave (the system line), b did not.
    expect(la.events.some((e) => (e.data as { system?: { key: string } }).system?.key === 'left')).toBe(true);
  });

  it('after a couple dissolves, neither partner hears the couple’s room or circle channel again', async () => {
    const { a, b, circleId, roomId } = await makeCouple();
    const lost = [channels.circle(circleId), channels.room(roomId)];
    const [la, lb] = [await listening(a, [...lost, channels.user(a.id)]), await listening(b, [...lost, channels.user(b.id)])];
    expect((await send(a, roomId, '안녕')).status).toBe(201);
    await expect.poll(() => bodies(lb, channels.room(roomId))).toContain('안녕');

    await db.circle.update({ where: { id: circleId }, data: { disconnectById: a.id, disconnectAt: new Date(Date.now() - 60_000) } });
    const since = [la.events.length, lb.events.length];
    const cron = await new Client().fetch('/api/cron/couples', { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } });
    expect(cron.status).toBe(200);
    expect(await db.circle.findUniqueOrThrow({ where: { id: circleId } })).toMatchObject({ dissolvedAt: expect.any(Date) });
    for (const l of [la, lb]) await expect.poll(() => l.refused, { timeout: 5000 }).toEqual(expect.arrayContaining(lost));
    // Anything still published on those channels reaches neither.
    for (const name of lost) await publish(name, 'late', { name });
    await publish(channels.user(a.id), 'hello', {});
    await publish(channels.user(b.id), 'hello', {});
    await Promise.all([la.waitFor('hello'), lb.waitFor('hello')]);
    await settle();
    [la, lb].forEach((l, i) => lost.forEach((name) => expect(heardOn(l, name, since[i])).toEqual([])));
  });

  it('a deleted account hears nothing more, not even on its own channel', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const mine = [channels.room(roomId), channels.user(b.id)];
    const lb = await listening(b, mine);
    expect((await b.client.json('/api/accounts/me', 'DELETE', { password: b.password })).status).toBe(200);
    const since = lb.events.length;
    await expect.poll(() => lb.refused, { timeout: 5000 }).toEqual(expect.arrayContaining(mine));
    expect((await send(a, roomId, '아무도 없니')).status).toBe(201);
    await publish(channels.user(b.id), 'hello', {});
    await settle();
    expect(lb.events.slice(since)).toEqual([]);
  });
});

// Device sessions: every sign-in is a row the token names; signing a device out (from
// another device, or logging out) refuses that token everywhere on its next request,
// the one-statement chat paths included.
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser } from '../helpers/client';
import { moveServerClock } from '../helpers/family';
import { db } from '@/lib/db';

afterAll(async () => {
  await moveServerClock(0);
  await db.$disconnect();
});

const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

type U = Awaited<ReturnType<typeof newUser>>;

/** The same person on a second device (its own cookies, address and browser). */
async function secondDevice(u: U, userAgent = IPHONE) {
  const c = new Client();
  c.userAgent = userAgent;
  expect((await c.signIn(u.loginId, u.password)).ok).toBe(true);
  return c;
}

/** A room of u and a friend, with one message. */
async function roomOf(u: U) {
  const friend = await newUser();
  await db.friendship.createMany({ data: [{ ownerId: u.id, friendId: friend.id }, { ownerId: friend.id, friendId: u.id }] });
  const res = await u.client.json('/api/rooms', 'POST', { name: '기기방', memberIds: [friend.id] });
  expect(res.status).toBe(201);
  return res.data.roomId as string;
}

const sendFrom = (c: Client, roomId: string, body: string) =>
  c.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: `dev-${Date.now()}-${Math.random()}`, body });

/** Every kind of check a signed-out token meets: Prisma-checked routes and the hot statements. */
async function expectSignedOut(c: Client, roomId: string) {
  expect((await c.json('/api/accounts/me', 'GET')).status).toBe(401);
  expect((await sendFrom(c, roomId, 'ghost')).status).toBe(401);
  expect((await c.json(`/api/rooms/${roomId}/messages`, 'GET')).status).toBe(401);
  expect((await c.json('/api/rooms/unread', 'GET')).status).toBe(401);
  expect((await c.json('/api/accounts/sessions', 'GET')).status).toBe(401);
}

describe('device sessions', () => {
  it('lists my signed-in devices with names, addresses and this device marked', async () => {
    const u = await newUser();
    const phone = await secondDevice(u, ANDROID);
    const list = await phone.json('/api/accounts/sessions', 'GET');
    expect(list.status).toBe(200);
    const sessions = list.data.sessions as { id: string; browser: string | null; os: string | null; ip: string; current: boolean }[];
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ current: true, browser: 'Chrome', os: 'Android', ip: phone.ip });
    expect(sessions[1]).toMatchObject({ current: false, ip: u.client.ip });
    const fromFirst = (await u.client.json('/api/accounts/sessions', 'GET')).data.sessions as { id: string; current: boolean }[];
    expect(fromFirst.find((s) => s.current)?.id).toBe(sessions[1].id);
  });

  it('one device signs the other out: its next request is 401, a send and a history page included', async () => {
    const u = await newUser();
    const roomId = await roomOf(u);
    const phone = await secondDevice(u);
    expect((await sendFrom(phone, roomId, 'from the phone')).status).toBe(201);
    const phoneSession = ((await phone.json('/api/accounts/sessions', 'GET')).data.sessions as { id: string; current: boolean }[]).find((s) => s.current)!;
    const before = await db.message.count({ where: { roomId } });

    const res = await u.client.json(`/api/accounts/sessions/${phoneSession.id}`, 'DELETE');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ current: false });
    await expectSignedOut(phone, roomId);
    expect(await db.message.count({ where: { roomId } })).toBe(before);
    // next-auth's own session read drops the cookie instead of renewing it.
    const session = await phone.fetch('/api/auth/session');
    expect(await session.json()).toEqual({});
    expect([...phone.cookies.keys()].some((k) => k.endsWith('next-auth.session-token'))).toBe(false);

    // The device that did it is untouched; signing it out again is 404.
    expect((await sendFrom(u.client, roomId, 'still here')).status).toBe(201);
    expect((await u.client.json(`/api/accounts/sessions/${phoneSession.id}`, 'DELETE')).status).toBe(404);
  });

  it('signs out every other device, and only those', async () => {
    const u = await newUser();
    const roomId = await roomOf(u);
    const [phone, tablet] = [await secondDevice(u), await secondDevice(u, ANDROID)];
    const res = await u.client.json('/api/accounts/sessions', 'DELETE');
    expect(res.data).toEqual({ revoked: 2 });
    await expectSignedOut(phone, roomId);
    await expectSignedOut(tablet, roomId);
    const left = (await u.client.json('/api/accounts/sessions', 'GET')).data.sessions as { current: boolean }[];
    expect(left.map((s) => s.current)).toEqual([true]);
  });

  it('logout ends the session on the server: a copy of the old cookie is refused', async () => {
    const u = await newUser();
    const roomId = await roomOf(u);
    const stolen = new Client();
    stolen.cookies = new Map(u.client.cookies);
    expect((await stolen.json('/api/accounts/me', 'GET')).status).toBe(200);
    await u.client.signOut();
    await expectSignedOut(stolen, roomId);
    expect(await db.session.count({ where: { userId: u.id, revokedAt: null } })).toBe(0);
  });

  it("an outsider cannot sign out someone else's device (404, nothing changes)", async () => {
    const [u, stranger] = [await newUser(), await newUser()];
    const target = await db.session.findFirstOrThrow({ where: { userId: u.id } });
    expect((await stranger.client.json(`/api/accounts/sessions/${target.id}`, 'DELETE')).status).toBe(404);
    expect((await stranger.client.json('/api/accounts/sessions/not-a-session-id', 'DELETE')).status).toBe(404);
    expect((await new Client().json(`/api/accounts/sessions/${target.id}`, 'DELETE')).status).toBe(401);
    expect((await db.session.findUniqueOrThrow({ where: { id: target.id } })).revokedAt).toBeNull();
    expect((await u.client.json('/api/accounts/me', 'GET')).status).toBe(200);
  });

  it('a password change revokes every session row', async () => {
    const u = await newUser();
    await secondDevice(u);
    expect((await u.client.json('/api/accounts/password', 'PUT', { currentPassword: u.password, newPassword: 'brand-new-pass' })).status).toBe(200);
    expect(await db.session.count({ where: { userId: u.id, revokedAt: null } })).toBe(0);
  });

  it('moves "last seen" at most once per 5 minutes, on the hot paths too', async () => {
    const u = await newUser();
    const roomId = await roomOf(u);
    const row = () => db.session.findFirstOrThrow({ where: { userId: u.id } });
    const first = (await row()).lastSeenAt;
    await u.client.json('/api/accounts/me', 'GET');
    expect((await row()).lastSeenAt).toEqual(first);
    try {
      await moveServerClock(6 * 60 * 1000);
      expect((await u.client.json(`/api/rooms/${roomId}/messages`, 'GET')).status).toBe(200);
      const moved = (await row()).lastSeenAt;
      expect(moved.getTime()).toBeGreaterThan(first.getTime() + 5 * 60 * 1000);
      await u.client.json('/api/accounts/me', 'GET');
      expect((await row()).lastSeenAt).toEqual(moved);
      await moveServerClock(12 * 60 * 1000);
      await u.client.json('/api/accounts/me', 'GET');
      expect((await row()).lastSeenAt.getTime()).toBeGreaterThan(moved.getTime());
    } finally {
      await moveServerClock(0);
    }
  });
});

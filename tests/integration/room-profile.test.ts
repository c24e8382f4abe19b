// Group room profiles (name and picture, any member, with a system line, live to the
// others) and friend changes arriving live on people's own channels.
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { newUser } from '../helpers/client';
import { makeImage } from '../helpers/images';
import { listen } from '../helpers/realtime';
import { roomOf } from '../helpers/uploads';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { profileAudience } from '@/lib/profiles/events';

afterAll(async () => {
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;

async function befriend(a: U, b: U) {
  await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: b.id }, { ownerId: b.id, friendId: a.id }], skipDuplicates: true });
}

async function group(owner: U, others: U[]) {
  for (const o of others) await befriend(owner, o);
  const res = await owner.client.json('/api/rooms', 'POST', { name: '가족 여행', memberIds: others.map((o) => o.id) });
  expect(res.status).toBe(201);
  return res.data.roomId as string;
}

async function putImage(u: U, roomId: string, bytes: Uint8Array, name = 'room.jpg', type = 'image/jpeg') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await u.client.fetch(`/api/rooms/${roomId}/image`, { method: 'PUT', body: form });
  return { status: res.status, data: await res.json() };
}

const systemKeys = async (u: U, roomId: string) =>
  (await u.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages.filter((m: { kind: string }) => m.kind === 'SYSTEM').map((m: { system: { key: string; args: Record<string, string> } }) => m.system);

const listed = async (u: U, roomId: string) => (await u.client.json('/api/rooms', 'GET')).data.rooms.find((r: { id: string }) => r.id === roomId);

describe('a group room’s picture', () => {
  it('any member sets it: re-encoded without EXIF, a system line, live to the others, shown in their list and header', async () => {
    const [a, b, outsider] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const heard = await listen(b.client, [channels.room(roomId), channels.user(b.id)]);
    try {
      const res = await putImage(b, roomId, await makeImage('jpeg', 900, 600, { exif: true }));
      expect(res.status).toBe(200);
      expect(res.data.imageUrl).toMatch(new RegExp(`^/api/rooms/${roomId}/image\\?v=`));
      const line = (await heard.waitFor('message')) as { system: { key: string; args: { actor: string } } };
      expect(line.system).toEqual({ key: 'room-image-changed', args: { actor: `Test ${b.loginId}` } });
      await heard.waitFor('rooms-changed');
    } finally {
      heard.close();
    }
    const second = await putImage(a, roomId, await makeImage('png', 64, 64));
    expect(second.status).toBe(200);
    expect((await listed(b, roomId)).imageUrl).toBe(second.data.imageUrl);
    const detail = (await a.client.json(`/api/rooms/${roomId}`, 'GET')).data;
    expect(detail.imageUrl).toBe((await listed(b, roomId)).imageUrl);

    const served = await b.client.fetch(detail.imageUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    expect((await outsider.client.fetch(detail.imageUrl)).status).toBe(404);
    expect((await systemKeys(a, roomId)).map((s: { key: string }) => s.key)).toEqual(['invited', 'room-image-changed', 'room-image-changed']);
    // One picture stored per room: the replaced one was deleted.
    expect((await db.room.findUniqueOrThrow({ where: { id: roomId } })).imageKey).toMatch(/^rooms\//);

    const removed = await a.client.json(`/api/rooms/${roomId}/image`, 'DELETE');
    expect(removed.status).toBe(200);
    expect((await listed(b, roomId)).imageUrl).toBeNull();
    expect((await b.client.fetch(detail.imageUrl)).status).toBe(404);
    expect((await systemKeys(b, roomId)).at(-1)).toEqual({ key: 'room-image-removed', args: { actor: `Test ${a.loginId}` } });
  });

  it('outsiders get 404, other kinds of room 403, and anything but an image 415: nothing changes', async () => {
    const [a, b, outsider] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const jpeg = await makeImage('jpeg', 40, 40);
    expect((await putImage(outsider, roomId, jpeg)).status).toBe(404);
    expect((await outsider.client.json(`/api/rooms/${roomId}/image`, 'DELETE')).status).toBe(404);
    expect((await putImage(a, roomId, new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'x.svg', 'image/svg+xml')).status).toBe(415);
    expect((await putImage(a, roomId, new Uint8Array(), 'empty.jpg')).status).toBe(422);
    const direct = await a.client.json(`/api/friends/${b.id}/direct`, 'POST');
    expect((await putImage(a, direct.data.roomId, jpeg)).status).toBe(403);
    expect((await db.room.findUniqueOrThrow({ where: { id: roomId } })).imageKey).toBeNull();
    expect((await systemKeys(a, roomId)).map((s: { key: string }) => s.key)).toEqual(['invited']);
  });

  it('a rename by any member leaves a system line and reaches the others live', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const heard = await listen(a.client, [channels.room(roomId), channels.user(a.id)]);
    try {
      expect((await b.client.json(`/api/rooms/${roomId}`, 'PATCH', { name: '제주 여행 🍊' })).status).toBe(200);
      const line = (await heard.waitFor('message')) as { system: { key: string; args: Record<string, string> } };
      expect(line.system).toEqual({ key: 'renamed', args: { actor: `Test ${b.loginId}`, name: '제주 여행 🍊' } });
      expect(await heard.waitFor('rooms-changed')).toEqual({ roomId });
    } finally {
      heard.close();
    }
    expect((await listed(a, roomId)).name).toBe('제주 여행 🍊');
  });
});

describe('friend changes arrive live', () => {
  it('a changed name reaches friends and roommates on their own channels; strangers are not told', async () => {
    const [me, friend, roommate, stranger] = [await newUser(), await newUser(), await newUser(), await newUser()];
    await db.friendship.create({ data: { ownerId: friend.id, friendId: me.id } });
    await roomOf(me, roommate);
    expect(new Set(await profileAudience(me.id))).toEqual(new Set([me.id, friend.id, roommate.id]));
    expect(await profileAudience(me.id)).not.toContain(stranger.id);

    const heard = await Promise.all([friend, roommate].map((u) => listen(u.client, channels.user(u.id))));
    try {
      expect((await me.client.json('/api/profiles/me', 'PUT', { displayName: '새 이름', statusMessage: '바뀐 상태' })).status).toBe(200);
      for (const h of heard) expect(await h.waitFor('profile-changed')).toEqual({ userId: me.id });
      const friends = (await friend.client.json('/api/friends', 'GET')).data.friends;
      expect(friends.find((f: { id: string }) => f.id === me.id)).toMatchObject({ displayName: '새 이름', statusMessage: '바뀐 상태' });
    } finally {
      for (const h of heard) h.close();
    }
  });

  it('a new picture and a new friend are published too', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const mine = await listen(me.client, channels.user(me.id));
    const theirs = await listen(other.client, channels.user(other.id));
    try {
      const add = await me.client.json('/api/friends', 'POST', { userId: other.id });
      expect(add.status).toBe(201);
      expect(await mine.waitFor('friends-changed')).toEqual({ ownerId: me.id, friendId: other.id });
      expect(await theirs.waitFor('friends-changed')).toEqual({ ownerId: me.id, friendId: other.id });
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await makeImage('png', 64, 64))], { type: 'image/png' }), 'me.png');
      expect((await other.client.fetch('/api/profiles/me/image/avatar', { method: 'PUT', body: form })).status).toBe(200);
      expect(await mine.waitFor('profile-changed')).toEqual({ userId: other.id });
    } finally {
      mine.close();
      theirs.close();
    }
  });
});

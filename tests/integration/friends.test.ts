// Friends: search by login ID, add (one-way), list in Korean order, hide, remove,
// and the 1:1 room between friends.
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser, uniqueId } from '../helpers/client';
import { db } from '@/lib/db';
import { directKeyOf } from '@/lib/chat/room-tx';

afterAll(async () => {
  await db.$disconnect();
});

type User = Awaited<ReturnType<typeof newUser>>;
const add = (owner: User, body: unknown) => owner.client.json('/api/friends', 'POST', body);
const list = async (owner: User, query = '') => (await owner.client.json(`/api/friends${query}`, 'GET')).data.friends as { id: string; displayName: string; hidden: boolean }[];
const named = async (name: string) => {
  const u = await newUser();
  await u.client.json('/api/profiles/me', 'PUT', { displayName: name, statusMessage: `${name}의 상태` });
  return u;
};

describe('search by login ID', () => {
  it('finds a person by exact login ID, in any case, with a brief profile only', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const res = await me.client.json(`/api/users/search?loginId=${other.loginId.toUpperCase()}`, 'GET');
    expect(res.status).toBe(200);
    expect(res.data.user).toEqual({
      id: other.id,
      loginId: other.loginId.toLowerCase(),
      displayName: `Test ${other.loginId}`,
      avatarUrl: null,
      isMe: false,
      isFriend: false,
      hidden: false,
    });
    expect(JSON.stringify(res.data)).not.toMatch(/passwordHash|argon2|sessionVersion|locale/);
  });

  it('finds nobody for a partial, unknown or deleted login ID, and refuses a malformed one', async () => {
    const [me, other, gone] = [await newUser(), await newUser(), await newUser()];
    await gone.client.json('/api/accounts/me', 'DELETE', { password: gone.password });
    for (const q of [other.loginId.slice(0, -1), uniqueId('nobody'), gone.loginId]) {
      const res = await me.client.json(`/api/users/search?loginId=${q}`, 'GET');
      expect(res.status).toBe(200);
      expect(res.data.user).toBeNull();
    }
    expect((await me.client.json('/api/users/search?loginId=a%20b', 'GET')).status).toBe(422);
    expect((await me.client.json('/api/users/search', 'GET')).status).toBe(422);
    expect((await new Client().json(`/api/users/search?loginId=${other.loginId}`, 'GET')).status).toBe(401);
  });

  it('tells me when the result is me or already my friend', async () => {
    const [me, other] = [await newUser(), await newUser()];
    expect((await me.client.json(`/api/users/search?loginId=${me.loginId}`, 'GET')).data.user.isMe).toBe(true);
    await add(me, { loginId: other.loginId });
    expect((await me.client.json(`/api/users/search?loginId=${other.loginId}`, 'GET')).data.user).toMatchObject({ isFriend: true, isMe: false });
  });
});

describe('adding friends', () => {
  it('adds one way: I see them, they do not see me until they add me too', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const res = await add(me, { loginId: other.loginId });
    expect(res.status).toBe(201);
    expect(res.data.friend).toMatchObject({ id: other.id, displayName: `Test ${other.loginId}`, hidden: false });
    expect((await list(me)).map((f) => f.id)).toEqual([other.id]);
    expect(await list(other)).toEqual([]);
    expect((await add(other, { userId: me.id })).status).toBe(201);
    expect((await list(other)).map((f) => f.id)).toEqual([me.id]);
  });

  it('refuses myself (422), unknown or deleted people (404) and an existing friend (409)', async () => {
    const [me, other, gone] = [await newUser(), await newUser(), await newUser()];
    const self = await add(me, { loginId: me.loginId });
    expect(self.status).toBe(422);
    expect(self.data.error.message).toBe('나 자신은 친구로 추가할 수 없어요.');
    const unknown = await add(me, { loginId: uniqueId('ghost') });
    expect(unknown.status).toBe(404);
    expect(unknown.data.error.message).toBe('그 아이디를 가진 사람이 없어요. 아이디를 확인해 주세요.');
    await gone.client.json('/api/accounts/me', 'DELETE', { password: gone.password });
    expect((await add(me, { userId: gone.id })).status).toBe(404);

    expect((await add(me, { loginId: other.loginId })).status).toBe(201);
    const again = await add(me, { loginId: other.loginId.toUpperCase() });
    expect(again.status).toBe(409);
    expect(again.data.error.message).toBe('이미 친구예요.');
    await me.client.json(`/api/friends/${other.id}`, 'PATCH', { hidden: true });
    expect((await add(me, { userId: other.id })).data.error.message).toMatch(/^숨긴 친구예요/);
    expect(await db.friendship.count({ where: { ownerId: me.id } })).toBe(1);
  });

  it('two taps at once add the friend once', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const results = await Promise.all([1, 2, 3].map(() => add(me, { userId: other.id })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await db.friendship.count({ where: { ownerId: me.id } })).toBe(1);
  });

  it.each([[{}], [{ loginId: 5 }], [{ loginId: 'a b' }], [{ userId: 'x' }], [{ loginId: 'abc', userId: 'cm0000000000000000000000' }], ['[1,2]']])(
    'refuses %j with 422 and adds nobody',
    async (body) => {
      const me = await newUser();
      expect((await add(me, body)).status).toBe(422);
      expect(await db.friendship.count({ where: { ownerId: me.id } })).toBe(0);
    },
  );

  it('answers anonymous callers with 401 on every friends route', async () => {
    const anon = new Client();
    const id = (await newUser()).id;
    for (const [path, method] of [['/api/friends', 'GET'], ['/api/friends', 'POST'], [`/api/friends/${id}`, 'PATCH'], [`/api/friends/${id}`, 'DELETE'], [`/api/friends/${id}/direct`, 'POST']]) {
      expect((await anon.json(path, method, method === 'GET' ? undefined : { hidden: true, userId: id })).status, `${method} ${path}`).toBe(401);
    }
  });
});

describe('the friends list', () => {
  it('is sorted by display name in Korean order', async () => {
    const me = await newUser();
    const names = ['하늘', '가람', '다솜', '나비', '바다'];
    for (const n of names) await add(me, { userId: (await named(n)).id });
    expect((await list(me)).map((f) => f.displayName)).toEqual(['가람', '나비', '다솜', '바다', '하늘']);
  });

  it('hides and unhides; hidden friends show only with ?hidden=1', async () => {
    const me = await newUser();
    const [a, b] = [await named('가을'), await named('나무')];
    await add(me, { userId: a.id });
    await add(me, { userId: b.id });
    const hide = await me.client.json(`/api/friends/${a.id}`, 'PATCH', { hidden: true });
    expect(hide.status).toBe(200);
    expect(hide.data.friend).toMatchObject({ id: a.id, hidden: true });
    expect((await list(me)).map((f) => f.id)).toEqual([b.id]);
    expect((await list(me, '?hidden=1')).map((f) => [f.id, f.hidden])).toEqual([[a.id, true], [b.id, false]]);
    await me.client.json(`/api/friends/${a.id}`, 'PATCH', { hidden: false });
    expect((await list(me)).map((f) => f.id)).toEqual([a.id, b.id]);
  });

  it('hiding or removing someone who is not my friend is a 404; wrong input a 422', async () => {
    const [me, other] = [await newUser(), await newUser()];
    await add(other, { userId: me.id }); // they added me; I did not add them
    expect((await me.client.json(`/api/friends/${other.id}`, 'PATCH', { hidden: true })).status).toBe(404);
    expect((await me.client.json(`/api/friends/${other.id}`, 'DELETE')).status).toBe(404);
    expect((await me.client.json('/api/friends/nope', 'PATCH', { hidden: true })).status).toBe(404);
    await add(me, { userId: other.id });
    expect((await me.client.json(`/api/friends/${other.id}`, 'PATCH', { hidden: 'yes' })).status).toBe(422);
    expect((await db.friendship.findUniqueOrThrow({ where: { ownerId_friendId: { ownerId: me.id, friendId: other.id } } })).hidden).toBe(false);
  });

  it('removes a friend', async () => {
    const [me, other] = [await newUser(), await newUser()];
    await add(me, { userId: other.id });
    expect((await me.client.json(`/api/friends/${other.id}`, 'DELETE')).status).toBe(200);
    expect(await list(me, '?hidden=1')).toEqual([]);
    expect((await add(me, { userId: other.id })).status).toBe(201);
  });
});

describe('1:1 room with a friend', () => {
  const open = (u: User, friendId: string) => u.client.json(`/api/friends/${friendId}/direct`, 'POST');

  it('is only for friends: strangers and those who merely added me get 404, and no room is made', async () => {
    const [me, stranger, admirer] = [await newUser(), await newUser(), await newUser()];
    await add(admirer, { userId: me.id });
    expect((await open(me, stranger.id)).status).toBe(404);
    expect((await open(me, admirer.id)).status).toBe(404);
    expect((await open(me, 'not-an-id')).status).toBe(404);
    expect(await db.room.count({ where: { directKey: { in: [directKeyOf(me.id, stranger.id), directKeyOf(me.id, admirer.id)] } } })).toBe(0);
  });

  it('makes one DIRECT room for the pair, the same from either side', async () => {
    const [me, friend] = [await newUser(), await newUser()];
    await add(me, { userId: friend.id });
    const first = await open(me, friend.id);
    expect(first.status).toBe(200);
    const roomId = first.data.roomId as string;
    const room = await db.room.findUniqueOrThrow({ where: { id: roomId }, include: { members: true } });
    expect(room.kind).toBe('DIRECT');
    expect(room.directKey).toBe(directKeyOf(me.id, friend.id));
    expect(room.members.map((m) => m.userId).sort()).toEqual([me.id, friend.id].sort());
    expect((await open(me, friend.id)).data.roomId).toBe(roomId);
    await add(friend, { userId: me.id });
    expect((await open(friend, me.id)).data.roomId).toBe(roomId);
  });

  it('two concurrent calls make one room', async () => {
    const [me, friend] = [await newUser(), await newUser()];
    await add(me, { userId: friend.id });
    await add(friend, { userId: me.id });
    const results = await Promise.all([open(me, friend.id), open(friend, me.id), open(me, friend.id), open(friend, me.id)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(results.map((r) => r.data.roomId)).size).toBe(1);
    expect(await db.room.count({ where: { directKey: directKeyOf(me.id, friend.id) } })).toBe(1);
    expect(await db.roomMember.count({ where: { roomId: results[0].data.roomId } })).toBe(2);
  });

  it('brings back whoever left the room, without touching the other', async () => {
    const [me, friend] = [await newUser(), await newUser()];
    await add(me, { userId: friend.id });
    const { roomId } = (await open(me, friend.id)).data;
    await db.roomMember.update({ where: { roomId_userId: { roomId, userId: friend.id } }, data: { leftAt: new Date() } });
    const mine = await db.roomMember.findUniqueOrThrow({ where: { roomId_userId: { roomId, userId: me.id } } });
    expect((await open(me, friend.id)).data.roomId).toBe(roomId);
    const after = await db.roomMember.findMany({ where: { roomId } });
    expect(after.every((m) => m.leftAt === null)).toBe(true);
    expect(after.find((m) => m.userId === me.id)?.joinedAt).toEqual(mine.joinedAt);
  });
});

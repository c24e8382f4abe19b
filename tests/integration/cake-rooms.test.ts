// A cake's open chat: made once on the first joins, readable (and audible) by anyone
// signed in, writable by members; one event per message whatever the room's size, with
// unread badges still right; message reports; 1:1 rooms from a name, and blocks.
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser } from '../helpers/client';
import { listen } from '../helpers/realtime';
import { makeShow } from '../helpers/cakes';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';

afterAll(async () => {
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;
let n = 0;
const send = (u: U, roomId: string, body: string) =>
  u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: `cake-${Date.now()}-${++n}`, body });
const join = async (u: U, showId: string) => {
  const res = await u.client.json(`/api/cakes/${showId}/room`, 'POST');
  expect(res.status).toBe(200);
  return res.data.roomId as string;
};
const unreadOf = async (u: U, roomId: string) => {
  const res = await u.client.json('/api/rooms/unread', 'GET');
  return { room: res.data.rooms[roomId], total: res.data.totalUnread as number };
};
/** May this client subscribe to the channel? (the auth route's answer) */
const canHear = async (u: U | { client: Client }, channel: string) =>
  (await u.client.fetch('/api/realtime/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ socket_id: '123.456', channel_name: channel }).toString(),
  })).status === 200;

describe('a cake room', () => {
  it('is made once however many join at the same moment, and is linked from the show', async () => {
    const show = await makeShow();
    const fans = await Promise.all(Array.from({ length: 6 }, () => newUser()));
    const roomIds = await Promise.all(fans.map((f) => join(f, show.id)));
    expect(new Set(roomIds).size).toBe(1);
    const room = await db.room.findUniqueOrThrow({ where: { id: roomIds[0] } });
    expect(room).toMatchObject({ kind: 'OPEN', topic: `show:${show.id}`, name: show.title });
    expect((await db.show.findUniqueOrThrow({ where: { id: show.id } })).roomId).toBe(room.id);
    const cake = await fans[0].client.json(`/api/cakes/${show.id}`, 'GET');
    expect(cake.data.room).toEqual({ id: room.id, memberCount: 6, joined: true, muted: false });
    // Joining again changes nothing.
    expect(await join(fans[0], show.id)).toBe(room.id);
    expect(await db.roomMember.count({ where: { roomId: room.id } })).toBe(6);
  });

  it('can be read by anyone signed in, but only members send; leaving keeps it readable; mute is per member', async () => {
    const show = await makeShow();
    const [a, reader] = [await newUser(), await newUser()];
    const roomId = await join(a, show.id);
    expect((await send(a, roomId, '오늘 공연 최고였어요')).status).toBe(201);

    const history = await reader.client.json(`/api/rooms/${roomId}/messages`, 'GET');
    expect(history.status).toBe(200);
    expect(history.data.messages.map((m: { body: string }) => m.body)).toEqual(['오늘 공연 최고였어요']);
    const detail = await reader.client.json(`/api/rooms/${roomId}`, 'GET');
    expect(detail.data).toMatchObject({ kind: 'OPEN', joined: false, memberCount: 1, members: [], topic: `show:${show.id}` });
    const refused = await send(reader, roomId, '저도요');
    expect(refused.status).toBe(403);
    expect(refused.data.error.message).toContain('참여');
    expect((await reader.client.json(`/api/rooms/${roomId}/read`, 'POST', { seq: 1 })).status).toBe(404);
    expect((await reader.client.json(`/api/rooms/${roomId}/mute`, 'PUT', { muted: true })).status).toBe(404);
    expect((await new Client().json(`/api/rooms/${roomId}/messages`, 'GET')).status).toBe(401);

    await join(reader, show.id);
    expect((await send(reader, roomId, '저도요')).status).toBe(201);
    // A member who joined late sees the whole history, as they did while reading.
    expect((await reader.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages).toHaveLength(2);
    expect((await reader.client.json(`/api/rooms/${roomId}/mute`, 'PUT', { muted: true })).data).toEqual({ muted: true });
    expect((await reader.client.json(`/api/cakes/${show.id}`, 'GET')).data.room).toMatchObject({ joined: true, muted: true, memberCount: 2 });

    expect((await reader.client.json(`/api/rooms/${roomId}/members/me`, 'DELETE')).status).toBe(200);
    expect((await reader.client.json(`/api/rooms/${roomId}/members/me`, 'DELETE')).status).toBe(404);
    expect((await send(reader, roomId, '나갔는데')).status).toBe(403);
    expect((await reader.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages).toHaveLength(2);
    expect((await reader.client.json('/api/rooms', 'GET')).data.rooms.map((r: { id: string }) => r.id)).not.toContain(roomId);
  });

  it('a banned person can neither read nor join', async () => {
    const show = await makeShow();
    const [a, banned] = [await newUser(), await newUser()];
    const roomId = await join(a, show.id);
    await join(banned, show.id);
    await db.roomMember.update({ where: { roomId_userId: { roomId, userId: banned.id } }, data: { bannedAt: new Date() } });
    expect((await banned.client.json(`/api/rooms/${roomId}/messages`, 'GET')).status).toBe(404);
    expect((await banned.client.json(`/api/cakes/${show.id}/room`, 'POST')).status).toBe(404);
    expect(await canHear(banned, channels.room(roomId))).toBe(false);
  });
});

describe('channel auth for open rooms', () => {
  it('lets anyone signed in hear a cake room, not its presence; other open rooms stay members-only', async () => {
    const show = await makeShow();
    const [a, stranger] = [await newUser(), await newUser()];
    const cakeRoom = await join(a, show.id);
    const post = await db.room.create({ data: { kind: 'OPEN', topic: `post:${show.id}`, name: '같이 주문' } });
    await db.roomMember.create({ data: { roomId: post.id, userId: a.id } });

    expect(await canHear(stranger, channels.room(cakeRoom))).toBe(true);
    expect(await canHear(stranger, channels.roomPresence(cakeRoom))).toBe(false);
    expect(await canHear(a, channels.roomPresence(cakeRoom))).toBe(true);
    expect(await canHear(stranger, channels.show(show.id))).toBe(true);
    expect(await canHear(stranger, channels.show(`c${'2'.repeat(24)}`))).toBe(false);
    expect(await canHear(stranger, channels.room(post.id))).toBe(false);
    expect(await canHear(a, channels.room(post.id))).toBe(true);
    expect((await stranger.client.json(`/api/rooms/${post.id}/messages`, 'GET')).status).toBe(404);
    expect((await stranger.client.json(`/api/rooms/${post.id}`, 'GET')).status).toBe(404);
    expect(await canHear({ client: new Client() }, channels.room(cakeRoom))).toBe(false);
  });
});

describe('one event per message, unread badges still right', () => {
  it('publishes on the room channel only; counts unread on fetch; a muted open room stays out of the total', async () => {
    const show = await makeShow();
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await join(a, show.id);
    await join(b, show.id);
    const onUser = await listen(b.client, channels.user(b.id));
    const onRoom = await listen(b.client, channels.room(roomId));
    try {
      for (const body of ['하나', '둘', '셋']) expect((await send(a, roomId, body)).status).toBe(201);
      for (let i = 0; i < 50 && onRoom.events.filter((e) => e.event === 'message').length < 3; i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(onRoom.events.filter((e) => e.event === 'message').map((e) => (e.data as { body: string }).body)).toEqual(['하나', '둘', '셋']);
      expect(onUser.events.filter((e) => e.event === 'room-activity')).toEqual([]);

      const unread = await unreadOf(b, roomId);
      expect(unread.room).toEqual({ lastSeq: 3, lastReadSeq: 0, open: true });
      expect(unread.total).toBe(3);
      const list = await b.client.json('/api/rooms', 'GET');
      expect(list.data.rooms.find((r: { id: string }) => r.id === roomId)).toMatchObject({ unread: 3, quiet: false, lastMessage: { preview: '셋' } });
      // The sender's own count stays at zero.
      expect((await unreadOf(a, roomId)).room).toMatchObject({ lastSeq: 3, lastReadSeq: 3 });

      expect((await b.client.json(`/api/rooms/${roomId}/read`, 'POST', { seq: 2 })).status).toBe(200);
      expect((await unreadOf(b, roomId)).total).toBe(1);
      await onUser.waitFor('room-read');
      // No read counters in open rooms: nothing went to the room about it.
      expect(onRoom.events.filter((e) => e.event === 'read')).toEqual([]);

      await b.client.json(`/api/rooms/${roomId}/mute`, 'PUT', { muted: true });
      const quiet = await unreadOf(b, roomId);
      expect(quiet.room).toEqual({ lastSeq: 3, lastReadSeq: 2, open: true, quiet: true });
      expect(quiet.total).toBe(0);
      expect((await b.client.json('/api/rooms', 'GET')).data.totalUnread).toBe(0);
    } finally {
      onUser.close();
      onRoom.close();
    }
  });

  it('keeps room-activity per member for group rooms', async () => {
    const [a, b] = [await newUser(), await newUser()];
    await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: b.id }, { ownerId: b.id, friendId: a.id }] });
    const roomId = (await a.client.json('/api/rooms', 'POST', { name: '그룹', memberIds: [b.id] })).data.roomId as string;
    const onUser = await listen(b.client, channels.user(b.id));
    try {
      await send(a, roomId, '그룹 메시지');
      expect(await onUser.waitFor('room-activity')).toMatchObject({ roomId, preview: '그룹 메시지' });
      const unread = await unreadOf(b, roomId);
      expect(unread.room).toEqual({ lastSeq: 2, lastReadSeq: expect.any(Number) });
    } finally {
      onUser.close();
    }
  });
});

describe('worn titles', () => {
  it('travel with the sender of every message, live and in history, and change when the title does', async () => {
    const show = await makeShow();
    const [a, b] = [await newUser(), await newUser()];
    await db.userTitle.create({ data: { userId: a.id, titleId: 'first-piece' } });
    expect((await a.client.json('/api/me/titles/worn', 'PUT', { titleId: 'first-piece' })).status).toBe(200);
    const roomId = await join(a, show.id);
    await join(b, show.id);
    const sent = (await send(a, roomId, '첫 조각 기념')).data.message;
    expect(sent.sender).toMatchObject({ id: a.id, titleId: 'first-piece' });
    const seen = (await b.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages;
    expect(seen[0].sender).toMatchObject({ id: a.id, titleId: 'first-piece' });
    expect((await a.client.json('/api/me/titles/worn', 'PUT', { titleId: null })).status).toBe(200);
    expect((await b.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages[0].sender.titleId).toBeNull();
  });
});

describe('message reports', () => {
  it('hide the message from its reporter in history (content withheld, seq kept), not from others', async () => {
    const show = await makeShow();
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    const roomId = await join(a, show.id);
    await join(b, show.id);
    const spam = (await send(a, roomId, '광고입니다 010-0000-0000')).data.message;
    await send(a, roomId, '평범한 말');
    const res = await b.client.json('/api/reports', 'POST', { target: 'MESSAGE', targetId: spam.id, reason: 'spam' });
    expect(res.status).toBe(201);
    const mine = (await b.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages;
    expect(mine.map((m: { seq: number }) => m.seq)).toEqual([1, 2]);
    expect(mine[0]).toMatchObject({ id: spam.id, body: '', hidden: true });
    expect(mine[1]).toMatchObject({ body: '평범한 말' });
    expect(mine[1].hidden).toBeUndefined();
    const after = (await b.client.json(`/api/rooms/${roomId}/messages?after=0`, 'GET')).data.messages;
    expect(after[0]).toMatchObject({ hidden: true, body: '' });
    // Nor does search find it for the reporter.
    const found = async (u: U) => (await u.client.json(`/api/search?q=${encodeURIComponent('광고입니다')}`, 'GET')).data.results.map((m: { id: string }) => m.id);
    expect(await found(b)).toEqual([]);
    // A reader who did not report it still sees it.
    expect((await c.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages[0]).toMatchObject({ body: '광고입니다 010-0000-0000' });
    await join(c, show.id);
    expect(await found(c)).toEqual([spam.id]);
    // A reader may report too (they can see it); their own message, 422.
    expect((await c.client.json('/api/reports', 'POST', { target: 'MESSAGE', targetId: spam.id, reason: 'abuse' })).status).toBe(201);
    expect((await a.client.json('/api/reports', 'POST', { target: 'MESSAGE', targetId: spam.id, reason: 'spam' })).status).toBe(422);
  });

  it('are limited to 60 an hour per person; the 61st is 429 and stores nothing', async () => {
    const show = await makeShow();
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await join(a, show.id);
    await join(b, show.id);
    const ids: string[] = [];
    for (let i = 0; i < 61; i++) ids.push((await send(a, roomId, `줄 ${i}`)).data.message.id);
    for (const id of ids.slice(0, 60)) expect((await b.client.json('/api/reports', 'POST', { target: 'MESSAGE', targetId: id, reason: 'spam' })).status).toBe(201);
    const last = await b.client.json('/api/reports', 'POST', { target: 'MESSAGE', targetId: ids[60], reason: 'spam' });
    expect(last.status).toBe(429);
    expect(await db.report.count({ where: { reporterId: b.id } })).toBe(60);
  });

  it('404 for a message the reporter cannot see; 422 outside open rooms', async () => {
    const [a, b, outsider] = [await newUser(), await newUser(), await newUser()];
    await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: b.id }, { ownerId: b.id, friendId: a.id }] });
    const direct = (await a.client.json(`/api/friends/${b.id}/direct`, 'POST')).data.roomId as string;
    const msg = (await send(a, direct, '비밀')).data.message;
    expect((await outsider.client.json('/api/reports', 'POST', { target: 'MESSAGE', targetId: msg.id, reason: 'spam' })).status).toBe(404);
    expect((await b.client.json('/api/reports', 'POST', { target: 'MESSAGE', targetId: msg.id, reason: 'spam' })).status).toBe(422);
    expect(await db.report.count({ where: { targetId: msg.id } })).toBe(0);
  });
});

describe('1:1 from a cake room, and blocks', () => {
  it('opens a DIRECT room with a fellow member; after the receiver leaves and blocks, a new one is refused', async () => {
    const show = await makeShow();
    const [a, b, reader] = [await newUser(), await newUser(), await newUser()];
    const roomId = await join(a, show.id);
    await join(b, show.id);
    const opened = await a.client.json(`/api/rooms/${roomId}/direct`, 'POST', { userId: b.id });
    expect(opened.status).toBe(200);
    const direct = opened.data.roomId as string;
    expect((await db.room.findUniqueOrThrow({ where: { id: direct } })).kind).toBe('DIRECT');
    expect((await send(a, direct, '안녕하세요, 같은 공연 보셨네요')).status).toBe(201);
    expect((await b.client.json(`/api/rooms/${direct}/messages`, 'GET')).data.messages.at(-1).body).toBe('안녕하세요, 같은 공연 보셨네요');

    // Not members, not myself, not someone outside the room; a reader must join first.
    expect((await a.client.json(`/api/rooms/${roomId}/direct`, 'POST', { userId: a.id })).status).toBe(422);
    expect((await a.client.json(`/api/rooms/${roomId}/direct`, 'POST', { userId: reader.id })).status).toBe(422);
    expect((await reader.client.json(`/api/rooms/${roomId}/direct`, 'POST', { userId: a.id })).status).toBe(403);
    expect((await reader.client.json(`/api/rooms/${direct}/direct`, 'POST', { userId: a.id })).status).toBe(404);

    // The receiver leaves and blocks.
    expect((await b.client.json(`/api/rooms/${direct}/members/me`, 'DELETE')).status).toBe(200);
    expect((await b.client.json(`/api/users/${a.id}/block`, 'PUT')).data).toEqual({ blocked: true });
    const again = await a.client.json(`/api/rooms/${roomId}/direct`, 'POST', { userId: b.id });
    expect(again.status).toBe(403);
    expect(again.data.error.message).toBeTruthy();
    // Nor by way of a friendship.
    await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: b.id }] });
    expect((await a.client.json(`/api/friends/${b.id}/direct`, 'POST')).status).toBe(403);
    expect(await db.roomMember.findFirst({ where: { roomId: direct, userId: b.id, leftAt: null } })).toBeNull();
    // The blocker is told why they cannot start one themselves, and can unblock.
    expect((await b.client.json(`/api/rooms/${roomId}/direct`, 'POST', { userId: a.id })).status).toBe(409);
    expect((await b.client.json(`/api/users/${a.id}/block`, 'DELETE')).data).toEqual({ blocked: false });
    expect((await a.client.json(`/api/rooms/${roomId}/direct`, 'POST', { userId: b.id })).data.roomId).toBe(direct);
  });

  it('refuses to block myself or nobody', async () => {
    const a = await newUser();
    expect((await a.client.json(`/api/users/${a.id}/block`, 'PUT')).status).toBe(422);
    expect((await a.client.json(`/api/users/c${'3'.repeat(24)}/block`, 'PUT')).status).toBe(404);
    expect((await new Client().json(`/api/users/${a.id}/block`, 'PUT')).status).toBe(401);
  });
});

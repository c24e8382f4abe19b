// Reactions (공감) and replies (답장): who may, what is stored, what everyone sees live.
import { afterAll, describe, expect, it } from 'vitest';
import { newUser } from '../helpers/client';
import { listen } from '../helpers/realtime';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';

afterAll(async () => {
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;
interface Msg {
  id: string; seq: number; body: string; deleted: boolean; kind: string;
  reactions: { code: string; count: number }[]; myReaction: string | null;
  replyTo: { id: string; seq: number; senderName: string | null; body: string; fileName: string | null; deleted: boolean; kind: string } | null;
}

async function befriend(a: U, b: U) {
  await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: b.id }, { ownerId: b.id, friendId: a.id }], skipDuplicates: true });
}

async function group(owner: U, others: U[], name = '우리방') {
  for (const o of others) await befriend(owner, o);
  const res = await owner.client.json('/api/rooms', 'POST', { name, memberIds: others.map((o) => o.id) });
  expect(res.status).toBe(201);
  return res.data.roomId as string;
}

let n = 0;
const cid = () => `client-${Date.now()}-${++n}`;
async function send(u: U, roomId: string, body: string, replyToId?: string) {
  const res = await u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: cid(), body, replyToId });
  return res;
}
const sent = async (u: U, roomId: string, body: string, replyToId?: string) => {
  const res = await send(u, roomId, body, replyToId);
  expect(res.status).toBe(201);
  return res.data.message as Msg;
};
const react = (u: U, roomId: string, messageId: string, code: unknown) =>
  u.client.json(`/api/rooms/${roomId}/messages/${messageId}/reactions`, 'PUT', { code });
const unreact = (u: U, roomId: string, messageId: string) => u.client.json(`/api/rooms/${roomId}/messages/${messageId}/reactions`, 'DELETE');
async function history(u: U, roomId: string, query = '') {
  const res = await u.client.json(`/api/rooms/${roomId}/messages${query}`, 'GET');
  expect(res.status).toBe(200);
  return res.data as { messages: Msg[]; anchorSeq: number | null };
}
const find = async (u: U, roomId: string, id: string) => (await history(u, roomId)).messages.find((m) => m.id === id)!;

describe('reactions', () => {
  it('add, replace and remove: one per person, counts for everyone, "mine" for each reader', async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b, c]);
    const m = await sent(a, roomId, '오늘 저녁 뭐 먹지?');

    const first = await react(b, roomId, m.id, 'heart');
    expect(first.status).toBe(200);
    expect(first.data).toEqual({ messageId: m.id, reactions: [{ code: 'heart', count: 1 }], myReaction: 'heart' });
    await react(c, roomId, m.id, 'heart');
    // Choosing another replaces mine: never two of one person's on a message.
    const replaced = await react(b, roomId, m.id, 'laugh');
    expect(replaced.data.reactions).toEqual([{ code: 'heart', count: 1 }, { code: 'laugh', count: 1 }]);
    expect(await db.messageReaction.count({ where: { messageId: m.id } })).toBe(2);

    expect(await find(b, roomId, m.id)).toMatchObject({ reactions: [{ code: 'heart', count: 1 }, { code: 'laugh', count: 1 }], myReaction: 'laugh' });
    expect(await find(c, roomId, m.id)).toMatchObject({ myReaction: 'heart' });
    expect(await find(a, roomId, m.id)).toMatchObject({ myReaction: null });

    const removed = await unreact(b, roomId, m.id);
    expect(removed.data).toEqual({ messageId: m.id, reactions: [{ code: 'heart', count: 1 }], myReaction: null });
    // Taking back what is not there is fine and changes nothing.
    expect((await unreact(b, roomId, m.id)).status).toBe(200);
    expect(await find(a, roomId, m.id)).toMatchObject({ reactions: [{ code: 'heart', count: 1 }], myReaction: null });
  });

  it('reach another member live on the room channel, and are not a new message (no unread, no activity)', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const m = await sent(b, roomId, '사진 봤어?');
    const unreadBefore = (await a.client.json('/api/rooms/unread', 'GET')).data.rooms[roomId];
    const lastSeq = (await db.room.findUniqueOrThrow({ where: { id: roomId } })).lastSeq;
    const room = await listen(a.client, [channels.room(roomId), channels.user(a.id)]);
    try {
      expect((await react(b, roomId, m.id, 'wow')).status).toBe(200);
      const event = (await room.waitFor('reaction')) as { messageId: string; userId: string; code: string; reactions: unknown };
      expect(event).toEqual({ messageId: m.id, userId: b.id, code: 'wow', reactions: [{ code: 'wow', count: 1 }] });
      await unreact(b, roomId, m.id);
      await expect.poll(() => room.events.filter((e) => e.event === 'reaction').length).toBe(2);
      expect(room.events.filter((e) => e.event === 'reaction')[1].data).toMatchObject({ code: null, reactions: [] });
      expect(room.events.some((e) => e.event === 'message' || e.event === 'room-activity')).toBe(false);
    } finally {
      room.close();
    }
    expect((await db.room.findUniqueOrThrow({ where: { id: roomId } })).lastSeq).toBe(lastSeq);
    expect((await a.client.json('/api/rooms/unread', 'GET')).data.rooms[roomId]).toEqual(unreadBefore);
  });

  it('outsiders get 404 and store nothing; system lines and unknown ids are 404 too', async () => {
    const [a, b, outsider] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const m = await sent(a, roomId, '우리끼리 얘기');
    expect((await react(outsider, roomId, m.id, 'heart')).status).toBe(404);
    expect((await unreact(outsider, roomId, m.id)).status).toBe(404);
    // A message id from another room through a room I am in: still not found.
    const mine = await group(outsider, [await newUser()]);
    expect((await react(outsider, mine, m.id, 'heart')).status).toBe(404);
    const system = await db.message.findFirstOrThrow({ where: { roomId, kind: 'SYSTEM' } });
    expect((await react(a, roomId, system.id, 'heart')).status).toBe(404);
    expect((await react(a, roomId, 'cnotarealmessageid000000', 'heart')).status).toBe(404);
    expect(await db.messageReaction.count({ where: { messageId: m.id } })).toBe(0);
  });

  it.each([['pray'], ['HEART'], [''], [42], [null]])('refuses the code %j (422) and stores nothing', async (code) => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const m = await sent(a, roomId, '공감해 줘');
    const res = await react(b, roomId, m.id, code);
    expect(res.status).toBe(422);
    expect(await db.messageReaction.count({ where: { messageId: m.id } })).toBe(0);
  });

  it('a deleted message cannot be reacted to, and its reactions vanish', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const m = await sent(a, roomId, '곧 지울 말');
    await react(b, roomId, m.id, 'sad');
    await react(a, roomId, m.id, 'check');
    expect((await a.client.json(`/api/rooms/${roomId}/messages/${m.id}`, 'DELETE')).status).toBe(200);
    expect(await db.messageReaction.count({ where: { messageId: m.id } })).toBe(0);
    const res = await react(b, roomId, m.id, 'heart');
    expect(res.status).toBe(409);
    expect(await db.messageReaction.count({ where: { messageId: m.id } })).toBe(0);
    expect(await find(b, roomId, m.id)).toMatchObject({ deleted: true, reactions: [], myReaction: null });
  });

  it('a reaction racing a deletion never outlives it', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    for (let i = 0; i < 5; i++) {
      const m = await sent(a, roomId, `경주 ${i}`);
      const [r] = await Promise.all([react(b, roomId, m.id, 'like'), a.client.json(`/api/rooms/${roomId}/messages/${m.id}`, 'DELETE')]);
      expect([200, 409]).toContain(r.status);
      expect(await db.messageReaction.count({ where: { messageId: m.id } })).toBe(0);
    }
  });
});

describe('replies', () => {
  it('quote the original (sender, first line), live and in history; a jump around its seq finds it', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const original = await sent(a, roomId, '토요일에 영화 볼래?\n7시 어때');
    for (let i = 0; i < 60; i++) await sent(a, roomId, `딴 얘기 ${i}`);
    const room = await listen(a.client, channels.room(roomId));
    let reply: Msg;
    try {
      reply = await sent(b, roomId, '좋아!', original.id);
      const expected = { id: original.id, seq: original.seq, kind: 'TEXT', senderName: `Test ${a.loginId}`, body: '토요일에 영화 볼래?', fileName: null, deleted: false };
      expect(reply.replyTo).toEqual(expected);
      expect(((await room.waitFor('message')) as Msg).replyTo).toEqual(expected);
      expect((await find(a, roomId, reply.id)).replyTo).toEqual(expected);
    } finally {
      room.close();
    }
    // The original is far back in history: the quote's seq opens the page around it.
    const around = await history(a, roomId, `?around=${reply.replyTo!.seq}&limit=20`);
    expect(around.anchorSeq).toBe(original.seq);
    expect(around.messages.map((m) => m.id)).toContain(original.id);
  });

  it('shows "deleted" once the original is deleted, and a deleted or foreign original cannot be replied to', async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const other = await group(a, [c], '다른 방');
    const original = await sent(b, roomId, '이건 지울 거야');
    const reply = await sent(a, roomId, '뭘?', original.id);
    await b.client.json(`/api/rooms/${roomId}/messages/${original.id}`, 'DELETE');
    expect((await find(a, roomId, reply.id)).replyTo).toEqual({
      id: original.id, seq: original.seq, kind: 'TEXT', senderName: null, body: '', fileName: null, deleted: true,
    });

    // A message of another room (one I am in) is not a reply target here.
    const elsewhere = await sent(c, other, '다른 방 이야기');
    const inRooms = () => db.message.count({ where: { roomId: { in: [roomId, other] } } });
    const count = await inRooms();
    expect((await send(a, roomId, '다시 답장', original.id)).status).toBe(422);
    const foreign = await send(a, roomId, '섞인 답장', elsewhere.id);
    expect(foreign.status).toBe(422);
    expect(foreign.data.error.message).toBeTruthy();
    // Neither a system line nor an id that does not exist.
    const system = await db.message.findFirstOrThrow({ where: { roomId, kind: 'SYSTEM' } });
    expect((await send(a, roomId, '시스템에 답장', system.id)).status).toBe(422);
    expect((await send(a, roomId, '없는 답장', 'cnotarealmessageid000000')).status).toBe(422);
    expect(await inRooms()).toBe(count);
    // An outsider learns nothing: 404 before anything about the reply.
    expect((await send(c, roomId, '끼어들기', original.id)).status).toBe(404);
  });

  it('a retried reply is stored once, with its quote', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const original = await sent(a, roomId, '원래 말');
    const clientId = cid();
    const body = { kind: 'TEXT', clientId, body: '답', replyToId: original.id };
    const [r1, r2] = await Promise.all([b.client.json(`/api/rooms/${roomId}/messages`, 'POST', body), b.client.json(`/api/rooms/${roomId}/messages`, 'POST', body)]);
    expect(r1.data.message.id).toBe(r2.data.message.id);
    expect(r2.data.message.replyTo).toMatchObject({ id: original.id, body: '원래 말' });
  });

  it('a member who joined later sees no content of a quoted message from before they joined, live or in history', async () => {
    const [a, b, late] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const before = await sent(a, roomId, '초대 전 비밀 이야기');
    await befriend(a, late);
    expect((await a.client.json(`/api/rooms/${roomId}/members`, 'POST', { userIds: [late.id] })).status).toBeLessThan(300);
    const room = await listen(late.client, channels.room(roomId));
    try {
      const reply = await sent(b, roomId, '그 얘기 말이야', before.id);
      expect(reply.replyTo?.body).toBe('초대 전 비밀 이야기'); // the sender saw it
      const event = (await room.waitFor('message')) as Record<string, unknown>;
      expect(event).toMatchObject({ id: reply.id, refetch: true });
      expect(JSON.stringify(event)).not.toContain('비밀');
      expect((await find(late, roomId, reply.id)).replyTo).toMatchObject({ deleted: true, body: '', senderName: null });
      expect((await find(b, roomId, reply.id)).replyTo).toMatchObject({ deleted: false, body: '초대 전 비밀 이야기' });
      // Nor can they react to or reply to the message itself.
      expect((await react(late, roomId, before.id, 'heart')).status).toBe(404);
      expect((await send(late, roomId, '나도', before.id)).status).toBe(422);
    } finally {
      room.close();
    }
  });
});

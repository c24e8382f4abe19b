import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type Pusher from 'pusher-js';
import { Client, newUser } from '../helpers/client';
import { connectAs } from '../helpers/realtime';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { pageStatement, sendStatement } from '@/lib/chat/statements';
import { rowsRead } from '../helpers/rows-read';

afterAll(async () => {
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;

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
const send = (u: U, roomId: string, body: string, clientId = cid()) =>
  u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId, body });

describe('sending', () => {
  it('stores in order, and a retried send with the same clientId is stored once', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const first = await send(a, roomId, '안녕하세요', 'same-client-id-1');
    const retry = await send(a, roomId, '안녕하세요', 'same-client-id-1');
    expect(first.status).toBe(201);
    expect(retry.data.message.id).toBe(first.data.message.id);
    const racing = await Promise.all(Array.from({ length: 5 }, () => send(b, roomId, '동시에', 'race-client-id-1')));
    expect(new Set(racing.map((r) => r.data.message.id)).size).toBe(1);
    const history = await b.client.json(`/api/rooms/${roomId}/messages`, 'GET');
    const texts = history.data.messages.filter((m: { kind: string }) => m.kind === 'TEXT');
    expect(texts.map((m: { body: string }) => m.body)).toEqual(['안녕하세요', '동시에']);
    const seqs = history.data.messages.map((m: { seq: number }) => m.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  });

  it('the sender is always the session user, whatever the body says', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const res = await a.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: cid(), body: 'hi', senderId: b.id, sender: { id: b.id } });
    expect(res.data.message.sender.id).toBe(a.id);
  });

  it.each([
    [{ kind: 'TEXT', clientId: 'abcdefgh', body: '' }, 422],
    [{ kind: 'TEXT', clientId: 'abcdefgh', body: '   ' }, 422],
    [{ kind: 'TEXT', clientId: 'abcdefgh', body: 'x'.repeat(4001) }, 422],
    [{ kind: 'TEXT', clientId: 'abcdefgh', body: 42 }, 422],
    [{ kind: 'LOUD', clientId: 'abcdefgh', body: 'x' }, 422],
    [{ kind: 'STICKER', clientId: 'abcdefgh', stickerId: 'no-such-sticker' }, 422],
    [{ kind: 'ATTACHMENT', clientId: 'abcdefgh', uploadId: 'cnotarealuploadid00000000' }, 422],
    ['{"kind":', 400],
  ])('refuses %j with %i and stores nothing', async (body, status) => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const before = await db.message.count({ where: { roomId } });
    const res = await a.client.json(`/api/rooms/${roomId}/messages`, 'POST', body);
    expect(res.status).toBe(status);
    expect(await db.message.count({ where: { roomId } })).toBe(before);
  });

  it('accepts 4,000 characters exactly and stickers from the shipped set', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    expect((await send(a, roomId, '가'.repeat(4000))).status).toBe(201);
    const st = await a.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'STICKER', clientId: cid(), stickerId: 'grape-love' });
    expect(st.status).toBe(201);
    expect((await a.client.fetch('/stickers/grape-love.svg')).status).toBe(200);
  });
});

describe('isolation', () => {
  it('outsiders get 404 on every room route and anonymous callers 401', async () => {
    const [a, b, outsider] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const msg = (await send(a, roomId, 'secret')).data.message;
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/rooms/${roomId}`],
      ['PATCH', `/api/rooms/${roomId}`, { name: 'x' }],
      ['GET', `/api/rooms/${roomId}/messages`],
      ['POST', `/api/rooms/${roomId}/messages`, { kind: 'TEXT', clientId: cid(), body: 'x' }],
      ['DELETE', `/api/rooms/${roomId}/messages/${msg.id}`],
      ['POST', `/api/rooms/${roomId}/read`, { seq: 1 }],
      ['POST', `/api/rooms/${roomId}/members`, { userIds: [outsider.id] }],
      ['DELETE', `/api/rooms/${roomId}/members/me`],
      ['PUT', `/api/rooms/${roomId}/mute`, { muted: true }],
    ];
    for (const [method, path, body] of routes) {
      expect((await outsider.client.json(path, method, body)).status, `${method} ${path}`).toBe(404);
      expect((await new Client().json(path, method, body)).status, `anon ${method} ${path}`).toBe(401);
    }
    const search = await outsider.client.json('/api/search?q=secret', 'GET');
    expect(search.data.results).toEqual([]);
    expect((await outsider.client.json(`/api/rooms/not-a-valid-id/messages`, 'GET')).status).toBe(404);
  });
});

describe('read receipts and unread counts', () => {
  it('counts unread per room and in total; reading clears them and moves the "1"', async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b, c]);
    const m1 = (await send(a, roomId, 'one')).data.message;
    await send(a, roomId, 'two');
    const listB = await b.client.json('/api/rooms', 'GET');
    const roomB = listB.data.rooms.find((r: { id: string }) => r.id === roomId);
    expect(roomB.unread).toBe(3); // the "invited" system line + two messages
    expect(listB.data.totalUnread).toBe(3);
    let detail = await a.client.json(`/api/rooms/${roomId}`, 'GET');
    const notRead = (seq: number) => detail.data.members.filter((m: { lastReadSeq: number }) => m.lastReadSeq < seq).length;
    expect(notRead(m1.seq)).toBe(2);
    await b.client.json(`/api/rooms/${roomId}/read`, 'POST', { seq: 999 });
    detail = await a.client.json(`/api/rooms/${roomId}`, 'GET');
    expect(notRead(m1.seq)).toBe(1);
    expect((await b.client.json('/api/rooms', 'GET')).data.totalUnread).toBe(0);
  });
});

describe('the tab badge’s unread counts', () => {
  it('lists every room’s positions and the total, follows sends and reads, and needs a live session', async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    const r1 = await group(a, [b]);
    const r2 = await group(c, [b], '두번째');
    await send(a, r1, 'one');
    await send(c, r2, 'two');
    await send(c, r2, 'three');
    const before = await b.client.json('/api/rooms/unread', 'GET');
    expect(before.status).toBe(200);
    const unreadOf = (d: typeof before.data, id: string) => d.rooms[id].lastSeq - d.rooms[id].lastReadSeq;
    expect(unreadOf(before.data, r1)).toBe(2); // the "invited" line + one
    expect(unreadOf(before.data, r2)).toBe(3);
    expect(before.data.totalUnread).toBe(5);
    // It agrees with the chat list.
    expect((await b.client.json('/api/rooms', 'GET')).data.totalUnread).toBe(5);
    // Sending reads the room for the sender; reading clears it.
    await send(b, r1, 'reply');
    await b.client.json(`/api/rooms/${r2}/read`, 'POST', { seq: 1 });
    const after = await b.client.json('/api/rooms/unread', 'GET');
    expect(unreadOf(after.data, r1)).toBe(0);
    expect(unreadOf(after.data, r2)).toBe(2);
    expect(after.data.totalUnread).toBe(2);
    // Someone else's rooms never show; anonymous is 401.
    expect(Object.keys((await a.client.json('/api/rooms/unread', 'GET')).data.rooms)).toEqual([r1]);
    expect((await new Client().json('/api/rooms/unread', 'GET')).status).toBe(401);
  });
});

describe('a session signed out everywhere', () => {
  it('can no longer send, read history or unread counts: 401 and nothing stored', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    // A second device of a keeps the old cookie; a changes the password on the first.
    const old = new Client();
    old.cookies = new Map(a.client.cookies);
    expect((await send(a, roomId, 'still here')).status).toBe(201);
    await db.user.update({ where: { id: a.id }, data: { sessionVersion: { increment: 1 } } });
    const count = await db.message.count({ where: { roomId } });
    expect((await old.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: cid(), body: 'ghost' })).status).toBe(401);
    expect((await old.json(`/api/rooms/${roomId}/messages`, 'GET')).status).toBe(401);
    expect((await old.json('/api/rooms/unread', 'GET')).status).toBe(401);
    expect(await db.message.count({ where: { roomId } })).toBe(count);
  });
});

describe('the hot statements (plain pg on the shared pool)', () => {
  it('write and read UTC times whatever the server’s time zone', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: a.id } });
    const { id: sessionId } = await db.session.findFirstOrThrow({ where: { userId: a.id, revokedAt: null } });
    const previous = process.env.TZ;
    process.env.TZ = 'Asia/Seoul';
    try {
      // A minute ahead (the room's last activity only moves forward), to the millisecond.
      const at = new Date(Date.now() + 60_123);
      const sent = await sendStatement({ userId: a.id, sessionVersion, sessionId, roomId, clientId: cid(), kind: 'TEXT', body: '시간대', stickerId: null, uploadId: null, at });
      expect(sent.message?.createdAt.toISOString()).toBe(at.toISOString());
      const stored = await db.message.findUniqueOrThrow({ where: { id: sent.message!.id } });
      expect(stored.createdAt.toISOString()).toBe(at.toISOString());
      const page = await pageStatement({ userId: a.id, sessionVersion, sessionId, roomId, after: 0, before: null, order: 'desc', take: 5, at });
      expect(page.rows.find((r) => r.id === sent.message!.id)?.createdAt.toISOString()).toBe(at.toISOString());
      const room = await db.room.findUniqueOrThrow({ where: { id: roomId } });
      expect(room.lastMessageAt?.toISOString()).toBe(at.toISOString());
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});

describe('history', () => {
  it('shows a member who joined a group later only what was said from then on, on every kind of page', async () => {
    const [a, b, late] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    for (let i = 1; i <= 4; i++) await send(a, roomId, `early${i}`);
    await befriend(a, late);
    expect((await a.client.json(`/api/rooms/${roomId}/members`, 'POST', { userIds: [late.id] })).status).toBeLessThan(300);
    await send(a, roomId, 'welcome');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON
    const bodies = (d: Record<string, any>) => (d.messages as { kind: string; body: string }[]).filter((m) => m.kind === 'TEXT').map((m) => m.body);
    const newest = await late.client.json(`/api/rooms/${roomId}/messages?limit=50`, 'GET');
    expect(bodies(newest.data)).toEqual(['welcome']);
    expect(newest.data.hasMoreBefore).toBe(false);
    expect(bodies((await late.client.json(`/api/rooms/${roomId}/messages?after=0`, 'GET')).data)).toEqual(['welcome']);
    expect(bodies((await late.client.json(`/api/rooms/${roomId}/messages?around=2`, 'GET')).data)).toEqual(['welcome']);
    expect(bodies((await b.client.json(`/api/rooms/${roomId}/messages?limit=50`, 'GET')).data)).toEqual(['early1', 'early2', 'early3', 'early4', 'welcome']);
  });


  it('pages backwards by seq and jumps to a date', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    for (let i = 1; i <= 12; i++) await send(a, roomId, `m${i}`);
    const first = await a.client.json(`/api/rooms/${roomId}/messages?limit=5`, 'GET');
    expect(first.data.messages.map((m: { body: string }) => m.body)).toEqual(['m8', 'm9', 'm10', 'm11', 'm12']);
    expect(first.data.hasMoreBefore).toBe(true);
    const older = await a.client.json(`/api/rooms/${roomId}/messages?limit=5&before=${first.data.messages[0].seq}`, 'GET');
    expect(older.data.messages.map((m: { body: string }) => m.body)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    const kst = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    const jump = await a.client.json(`/api/rooms/${roomId}/messages?date=${kst}&limit=4`, 'GET');
    expect(jump.data.messages.length).toBeGreaterThan(0);
    expect((await a.client.json(`/api/rooms/${roomId}/messages?date=2001-01-01&limit=4`, 'GET')).data.messages[0].kind).toBe('SYSTEM');
    expect((await a.client.json(`/api/rooms/${roomId}/messages?date=2999-01-01`, 'GET')).data.messages).toEqual([]);
    expect((await a.client.json(`/api/rooms/${roomId}/messages?limit=abc`, 'GET')).status).toBe(422);
  });
});

describe('search', () => {
  it('finds Korean substrings and filters by day, only in my rooms', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    await send(a, roomId, '오늘 저녁에 떡볶이 먹을까?');
    await send(b, roomId, '100% 좋아_요');
    const r = await b.client.json(`/api/search?q=${encodeURIComponent('볶이')}`, 'GET');
    expect(r.data.results.map((m: { body: string }) => m.body)).toEqual(['오늘 저녁에 떡볶이 먹을까?']);
    const pct = await a.client.json(`/api/search?q=${encodeURIComponent('100%')}&roomId=${roomId}`, 'GET');
    expect(pct.data.results).toHaveLength(1);
    const wildcard = await a.client.json(`/api/search?q=${encodeURIComponent('%')}&roomId=${roomId}`, 'GET');
    expect(wildcard.data.results).toHaveLength(1);
    const kst = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    expect((await a.client.json(`/api/search?date=${kst}&roomId=${roomId}`, 'GET')).data.results.length).toBe(2);
    expect((await a.client.json(`/api/search?date=2001-01-01&roomId=${roomId}`, 'GET')).data.results).toEqual([]);
    expect((await a.client.json('/api/search', 'GET')).status).toBe(422);
  });
});

describe('deleting my message', () => {
  it('replaces it for everyone, removes its file, and refuses deleting others’ messages', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#8a5cc9' } }).png().toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), '포도.png');
    const up = await a.client.fetch(`/api/rooms/${roomId}/uploads`, { method: 'POST', body: form });
    expect(up.status).toBe(201);
    const { uploadId, width, height } = await up.json();
    expect([width, height]).toEqual([800, 600]);
    const msg = (await a.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'ATTACHMENT', clientId: cid(), uploadId })).data.message;
    expect(msg.kind).toBe('IMAGE');
    const thumb = await b.client.fetch(msg.attachment.thumbUrl);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(480);
    const original = await b.client.fetch(`${msg.attachment.url}?variant=download`);
    expect(original.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(Buffer.from(await original.arrayBuffer()).equals(png)).toBe(true);

    expect((await b.client.json(`/api/rooms/${roomId}/messages/${msg.id}`, 'DELETE')).status).toBe(403);
    expect((await a.client.json(`/api/rooms/${roomId}/messages/${msg.id}`, 'DELETE')).status).toBe(200);
    const after = (await b.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages.find((m: { id: string }) => m.id === msg.id);
    expect(after.deleted).toBe(true);
    expect(after.attachment).toBeNull();
    expect((await b.client.fetch(msg.attachment.url)).status).toBe(404);
  });
});

describe('files', () => {
  async function upload(u: U, roomId: string, bytes: Uint8Array<ArrayBuffer>, name: string, type: string) {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    return u.client.fetch(`/api/rooms/${roomId}/uploads`, { method: 'POST', body: form });
  }

  it('refuses bytes that do not match the name, and never serves HTML or SVG inline', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const before = await db.upload.count({ where: { roomId } });
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    expect((await upload(a, roomId, html, 'photo.png', 'image/png')).status).toBe(415);
    expect((await upload(a, roomId, new Uint8Array(), 'empty.txt', 'text/plain')).status).toBe(422);
    expect(await db.upload.count({ where: { roomId } })).toBe(before);

    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const up = await upload(a, roomId, svg, 'drawing.svg', 'image/svg+xml');
    expect(up.status).toBe(201);
    const { uploadId, mime } = await up.json();
    expect(mime).toBe('application/octet-stream');
    const served = await b.client.fetch(`/api/files/${uploadId}`);
    expect(served.headers.get('content-type')).toBe('application/octet-stream');
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/);
    // The file route's own sandbox, not the app's page policy (which used to replace it).
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");

    const pdfLike = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF');
    const pdf = await upload(a, roomId, pdfLike, '계약서.pdf', 'application/pdf');
    expect(pdf.status).toBe(201);
    const msg = (await a.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'ATTACHMENT', clientId: cid(), uploadId: (await pdf.json()).uploadId })).data.message;
    expect(msg.kind).toBe('FILE');
    expect(msg.attachment.fileName).toBe('계약서.pdf');
  });

  it('an upload goes out once: a retry returns the same message, another send of it, or someone else’s upload, is 422', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const { uploadId } = await (await upload(a, roomId, new TextEncoder().encode('hello'), 'note.txt', 'text/plain')).json();
    const attach = (u: U, clientId: string) => u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'ATTACHMENT', clientId, uploadId, body: '  메모  ' });
    const first = await attach(a, 'attach-client-1');
    expect(first.status).toBe(201);
    expect(first.data.message.body).toBe('메모');
    expect(first.data.message.attachment.fileName).toBe('note.txt');
    expect((await attach(a, 'attach-client-1')).data.message.id).toBe(first.data.message.id);
    const count = await db.message.count({ where: { roomId } });
    expect((await attach(a, 'attach-client-2')).status).toBe(422);
    expect((await attach(b, 'attach-client-3')).status).toBe(422);
    expect(await db.message.count({ where: { roomId } })).toBe(count);
  });

  it('an outsider cannot fetch a room file', async () => {
    const [a, b, outsider] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const up = await upload(a, roomId, new TextEncoder().encode('hello'), 'note.txt', 'text/plain');
    const { uploadId } = await up.json();
    expect((await outsider.client.fetch(`/api/files/${uploadId}`)).status).toBe(404);
    expect((await b.client.fetch(`/api/files/${uploadId}`)).status).toBe(200);
  });
});

describe('groups', () => {
  it('create, rename, invite and leave write system lines; only friends may be added', async () => {
    const [a, b, c, stranger] = [await newUser(), await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b], '처음 이름');
    expect((await a.client.json('/api/rooms', 'POST', { name: 'x', memberIds: [stranger.id] })).status).toBe(422);
    expect((await a.client.json(`/api/rooms/${roomId}`, 'PATCH', { name: '새 이름' })).status).toBe(200);
    await befriend(a, c);
    expect((await a.client.json(`/api/rooms/${roomId}/members`, 'POST', { userIds: [c.id] })).status).toBe(200);
    expect((await c.client.json(`/api/rooms/${roomId}`, 'GET')).data.name).toBe('새 이름');
    expect((await b.client.json(`/api/rooms/${roomId}/members/me`, 'DELETE')).status).toBe(200);
    expect((await b.client.json(`/api/rooms/${roomId}`, 'GET')).status).toBe(404);
    const keys = (await a.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages.map((m: { system: { key: string } | null }) => m.system?.key);
    expect(keys).toEqual(['invited', 'renamed', 'invited', 'left']);
  });
});

describe('realtime', () => {
  it('a member receives a message published after commit on the room channel; outsiders cannot subscribe', async () => {
    const [a, b, outsider] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const connect = (u: U) => connectAs(u.client);
    const pb = connect(b);
    const po = connect(outsider);
    try {
      const sub = (p: Pusher, name: string) => new Promise<string>((res) => {
        const ch = p.subscribe(name);
        ch.bind('pusher:subscription_succeeded', () => res('ok'));
        ch.bind('pusher:subscription_error', () => res('refused'));
      });
      expect(await sub(pb, channels.room(roomId))).toBe('ok');
      expect(await sub(po, channels.room(roomId))).toBe('refused');
      expect(await sub(po, channels.roomPresence(roomId))).toBe('refused');
      const got = new Promise<{ body: string; id: string }>((res) => pb.channel(channels.room(roomId)).bind('message', res));
      const sent = (await send(a, roomId, '실시간')).data.message;
      const received = await got;
      expect(received.id).toBe(sent.id);
      expect(received.body).toBe('실시간');
    } finally {
      pb.disconnect();
      po.disconnect();
    }
  });
});

describe('a member who deletes their account', () => {
  it('leaves their messages in shared rooms, shown as from a deleted user', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    await send(b, roomId, '남겨질 메시지');
    expect((await b.client.json('/api/accounts/me', 'DELETE', { password: b.password })).status).toBe(200);
    const msgs = (await a.client.json(`/api/rooms/${roomId}/messages`, 'GET')).data.messages;
    const left = msgs.find((m: { body: string }) => m.body === '남겨질 메시지');
    expect(left.sender).toMatchObject({ id: b.id, deleted: true, displayName: '' });
    const detail = (await a.client.json(`/api/rooms/${roomId}`, 'GET')).data;
    expect(detail.members.map((m: { id: string }) => m.id)).not.toContain(b.id);
    expect(await db.friendship.count({ where: { OR: [{ ownerId: b.id }, { friendId: b.id }] } })).toBe(0);
  });
});

describe('the chat list in a room of hundreds', () => {
  it('counts active members and shows at most four avatars, without loading every member', async () => {
    const me = await newUser();
    const crowd = await db.user.createManyAndReturn({
      data: Array.from({ length: 300 }, (_, i) => ({ displayName: `관객${i}` })),
      select: { id: true },
    });
    const room = await db.room.create({ data: { kind: 'GROUP', name: '관객석', members: { create: { userId: me.id } } } });
    await db.roomMember.createMany({
      data: crowd.map((u, i) => ({
        roomId: room.id,
        userId: u.id,
        // 20 left and 10 banned: not counted, not shown.
        ...(i < 20 ? { leftAt: new Date() } : i < 30 ? { bannedAt: new Date() } : {}),
      })),
    });
    const res = await me.client.json('/api/rooms', 'GET');
    expect(res.status).toBe(200);
    const line = res.data.rooms.find((r: { id: string }) => r.id === room.id);
    expect(line.memberCount).toBe(1 + 270);
    expect(line.avatars).toHaveLength(4);

    // The same read in this process, counting the rows the database sends: a handful,
    // not one per member.
    const { listRooms } = await import('@/lib/chat/room-list');
    // The list checks the session in its own statement: the claims of me's signed-in session.
    const session = await db.session.findFirstOrThrow({ where: { userId: me.id, revokedAt: null }, select: { id: true, user: { select: { sessionVersion: true } } } });
    const { result, rows } = await rowsRead(() => listRooms({ uid: me.id, sv: session.user.sessionVersion, sid: session.id }));
    expect(result.rooms.find((r) => r.id === room.id)?.memberCount).toBe(271);
    expect(rows).toBeLessThan(20);
  });
});

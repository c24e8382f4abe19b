// The room drawer (채팅방 서랍): members only, the three kinds, paging by cursor, deleted
// messages gone, a later joiner's history start; search results carry what a photo or a
// file row shows.
import { afterAll, describe, expect, it } from 'vitest';
import { newUser } from '../helpers/client';
import { makeImage } from '../helpers/images';
import { db } from '@/lib/db';
import { LINK_WINDOW } from '@/lib/chat/drawer';

afterAll(async () => {
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;
let n = 0;
const cid = () => `drawer-${Date.now()}-${++n}`;

async function group(owner: U, others: U[]) {
  for (const o of others) {
    await db.friendship.createMany({ data: [{ ownerId: owner.id, friendId: o.id }, { ownerId: o.id, friendId: owner.id }], skipDuplicates: true });
  }
  const res = await owner.client.json('/api/rooms', 'POST', { name: '서랍방', memberIds: others.map((o) => o.id) });
  expect(res.status).toBe(201);
  return res.data.roomId as string;
}

async function share(u: U, roomId: string, bytes: Uint8Array, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const up = await u.client.fetch(`/api/rooms/${roomId}/uploads`, { method: 'POST', body: form });
  expect(up.status).toBe(201);
  const { uploadId } = await up.json();
  const sent = await u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'ATTACHMENT', clientId: cid(), uploadId });
  expect(sent.status).toBe(201);
  return sent.data.message as { id: string; seq: number; kind: string; attachment: { id: string; thumbUrl: string | null; fileName: string } };
}

const say = async (u: U, roomId: string, body: string) =>
  (await u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: cid(), body })).data.message as { id: string; seq: number };

const drawer = (u: U, roomId: string, query: string) => u.client.json(`/api/rooms/${roomId}/drawer?${query}`, 'GET');

// The smallest MP4 file-type recognises: an ftyp box.
const MP4 = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32, 0, 0, 0, 0, 0x6d, 0x70, 0x34, 0x32, 0x69, 0x73, 0x6f, 0x6d]);
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('the room drawer', () => {
  it('lists photos and videos, files, and links apart, newest first; outsiders get 404', async () => {
    const [a, b, outsider] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const photo = await share(a, roomId, await makeImage('png', 80, 60), '바다.png', 'image/png');
    const video = await share(b, roomId, MP4, 'clip.mp4', 'video/mp4');
    const pdf = await share(a, roomId, PDF, '계약서.pdf', 'application/pdf');
    const text = await say(b, roomId, '여기 봐요 https://moa.example/a?b=1, 그리고 http://x.kr/경로. 끝');
    await say(a, roomId, '링크 없는 말');

    const media = await drawer(b, roomId, 'kind=media');
    expect(media.status).toBe(200);
    expect(media.data.items.map((i: { messageId: string }) => i.messageId)).toEqual([video.id, photo.id]);
    expect(media.data.items[1]).toMatchObject({ kind: 'IMAGE', seq: photo.seq, attachment: { fileName: '바다.png', thumbUrl: expect.stringContaining('variant=thumb') } });
    expect(media.data.items[0].kind).toBe('VIDEO');
    expect(media.data.nextCursor).toBeNull();

    const files = await drawer(b, roomId, 'kind=files');
    expect(files.data.items).toEqual([expect.objectContaining({ messageId: pdf.id, kind: 'FILE', attachment: expect.objectContaining({ fileName: '계약서.pdf' }) })]);

    const links = await drawer(a, roomId, 'kind=links');
    expect(links.data.items.map((i: { link: { url: string } }) => i.link.url)).toEqual(['https://moa.example/a?b=1', 'http://x.kr/경로']);
    expect(links.data.items[0]).toMatchObject({ messageId: text.id, seq: text.seq, kind: 'LINK', sender: { id: b.id } });

    for (const kind of ['media', 'files', 'links']) {
      expect((await drawer(outsider, roomId, `kind=${kind}`)).status).toBe(404);
    }
    expect((await drawer(outsider, 'cnotarealroomid000000000', 'kind=media')).status).toBe(404);
  });

  it.each(['kind=photos', '', 'kind=media&limit=0', 'kind=media&limit=61', 'kind=files&cursor=-1', 'kind=links&cursor=abc'])('refuses %j with 422', async (query) => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    expect((await drawer(a, roomId, query)).status).toBe(422);
  });

  it('pages with the cursor: every file once, in order, until nextCursor is null', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const sent = [];
    for (let i = 0; i < 5; i++) sent.push(await share(i % 2 ? b : a, roomId, new TextEncoder().encode(`file ${i}`), `메모${i}.txt`, 'text/plain'));
    const seen: string[] = [];
    let cursor: number | null = null;
    let pages = 0;
    do {
      const page = await drawer(b, roomId, `kind=files&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.data.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.items.map((i: { messageId: string }) => i.messageId));
      cursor = page.data.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);
    expect(seen).toEqual(sent.map((m) => m.id).reverse());
    expect(pages).toBe(3);
  });

  it('links pages read a bounded window of history and still reach an old link', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const old = await say(a, roomId, '오래된 링크 https://old.example/first');
    // A long stretch without links, written straight to the table (the send path is not what is tested).
    const room = await db.room.findUniqueOrThrow({ where: { id: roomId }, select: { lastSeq: true } });
    const filler = LINK_WINDOW + 500;
    await db.message.createMany({
      data: Array.from({ length: filler }, (_, i) => ({ roomId, seq: room.lastSeq + 1 + i, senderId: b.id, kind: 'TEXT' as const, body: `잡담 ${i}` })),
    });
    await db.room.update({ where: { id: roomId }, data: { lastSeq: room.lastSeq + filler } });

    const first = await drawer(b, roomId, 'kind=links');
    expect(first.data.items).toEqual([]);
    expect(first.data.nextCursor).toBe(room.lastSeq + filler + 1 - LINK_WINDOW);
    const found: string[] = [];
    let cursor: number | null = first.data.nextCursor;
    for (let i = 0; i < 5 && cursor !== null; i++) {
      const page = await drawer(b, roomId, `kind=links&cursor=${cursor}`);
      found.push(...page.data.items.map((x: { messageId: string }) => x.messageId));
      cursor = page.data.nextCursor;
    }
    expect(found).toEqual([old.id]);
    expect(cursor).toBeNull();
  });

  it('a deleted message’s file leaves the drawer (and its file is gone)', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const keep = await share(a, roomId, await makeImage('jpeg', 40, 40), 'keep.jpg', 'image/jpeg');
    const gone = await share(a, roomId, await makeImage('png', 40, 40), 'gone.png', 'image/png');
    const goneFile = await share(a, roomId, PDF, 'gone.pdf', 'application/pdf');
    const goneLink = await say(a, roomId, 'https://gone.example');
    expect((await drawer(b, roomId, 'kind=media')).data.items).toHaveLength(2);
    for (const m of [gone, goneFile, goneLink]) expect((await a.client.json(`/api/rooms/${roomId}/messages/${m.id}`, 'DELETE')).status).toBe(200);
    expect((await drawer(b, roomId, 'kind=media')).data.items.map((i: { messageId: string }) => i.messageId)).toEqual([keep.id]);
    expect((await drawer(b, roomId, 'kind=files')).data.items).toEqual([]);
    expect((await drawer(b, roomId, 'kind=links')).data.items).toEqual([]);
    expect((await b.client.fetch(`/api/files/${gone.attachment.id}`)).status).toBe(404);
  });

  it('someone invited later sees the drawer from where their history starts', async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    await share(a, roomId, await makeImage('png', 30, 30), 'before.png', 'image/png');
    await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: c.id }, { ownerId: c.id, friendId: a.id }] });
    expect((await a.client.json(`/api/rooms/${roomId}/members`, 'POST', { userIds: [c.id] })).status).toBe(200);
    const after = await share(b, roomId, await makeImage('png', 30, 30), 'after.png', 'image/png');
    expect((await drawer(c, roomId, 'kind=media')).data.items.map((i: { messageId: string }) => i.messageId)).toEqual([after.id]);
    expect((await drawer(a, roomId, 'kind=media')).data.items).toHaveLength(2);
  });
});

describe('search results for photos and files', () => {
  it('a date search carries the photo’s thumbnail and the file’s name', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await group(a, [b]);
    const photo = await share(a, roomId, await makeImage('png', 50, 50), 'sky.png', 'image/png');
    const file = await share(b, roomId, PDF, '영수증.pdf', 'application/pdf');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
    const res = await b.client.json(`/api/search?roomId=${roomId}&date=${today}`, 'GET');
    expect(res.status).toBe(200);
    const byId = new Map(res.data.results.map((m: { id: string }) => [m.id, m]));
    expect(byId.get(photo.id)).toMatchObject({ kind: 'IMAGE', attachment: { fileName: 'sky.png', thumbUrl: `/api/files/${photo.attachment.id}?variant=thumb` } });
    expect(byId.get(file.id)).toMatchObject({ kind: 'FILE', attachment: { fileName: '영수증.pdf', thumbUrl: null } });
    expect((await b.client.fetch(`/api/files/${photo.attachment.id}?variant=thumb`)).headers.get('content-type')).toBe('image/webp');
  });
});

// Pieces: recording, reading, changing and deleting show visits; who may see them;
// photos (metadata stripped, sizes and types refused, never someone else's); the typed
// title meeting one show; the calendar month and the list's keyset pages.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, Client, newUser } from '../helpers/client';
import { makeImage } from '../helpers/images';
import { streamBody } from '../helpers/uploads';
import { db } from '@/lib/db';
import { getUploadQuota } from '@/lib/chat/quota';

type U = Awaited<ReturnType<typeof newUser>>;
afterAll(() => db.$disconnect());

async function upload(u: U | Client, bytes: Uint8Array, name = 'photo.jpg', type = 'image/jpeg') {
  const client = u instanceof Client ? u : u.client;
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await client.fetch('/api/pieces/files', { method: 'POST', body: form });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON
  return { status: res.status, data: (await res.json()) as Record<string, any> };
}
const photo = async (u: U, ...args: Parameters<typeof makeImage>) => {
  const r = await upload(u, await makeImage(...args), `p.${args[0] === 'jpeg' ? 'jpg' : args[0]}`);
  expect(r.status).toBe(201);
  return r.data.file as { id: string; url: string; thumbUrl: string; width: number; height: number };
};
const create = (u: U, body: Record<string, unknown>) => u.client.json('/api/pieces', 'POST', { kind: 'MUSICAL', title: '레미제라블', date: '2026-03-14', ...body });
const storedAt = (key: string) => path.join(process.env.STORAGE_DIR!, key);
const keysOf = async (pieceId: string) => (await db.pieceFile.findMany({ where: { pieceId }, orderBy: { position: 'asc' } })).flatMap((f) => [f.key, f.thumbKey!]);

describe('recording a piece', () => {
  it('needs only kind, title and date; it is private, version 1, and readable by its owner', async () => {
    const me = await newUser();
    const made = await create(me, {});
    expect(made.status).toBe(201);
    expect(made.data.piece).toMatchObject({ kind: 'MUSICAL', title: '레미제라블', date: '2026-03-14', isPublic: false, version: 1, layout: 'classic', theme: 'grape', isMine: true, photo: null, photos: [], cast: [] });
    const got = await me.client.json(`/api/pieces/${made.data.piece.id}`, 'GET');
    expect(got.data.piece.id).toBe(made.data.piece.id);
    expect((await new Client().json(`/api/pieces/${made.data.piece.id}`, 'GET')).status).toBe(401);
    expect((await me.client.json('/api/pieces/not-an-id', 'GET')).status).toBe(404);
  });

  it('keeps every field as sent', async () => {
    const me = await newUser();
    const body = { kind: 'CONCERT', title: 'IU H.E.R.', date: '2026-05-02', time: '18:00', venue: '잠실 주경기장', cast: ['아이유'], seat: 'F1 12열 3번', price: 154000, companions: '친구', rating: 9, review: '최고였다\n또 가고 싶다', note: '앵콜 3곡', isPublic: true, layout: 'stub', theme: 'night' };
    const made = await create(me, body);
    expect(made.status).toBe(201);
    expect(made.data.piece).toMatchObject(body);
  });

  it('refuses bad input with a clear 422 and stores nothing', async () => {
    const me = await newUser();
    const cases = [
      { date: '2026-13-01' }, { date: '2026-02-30' }, { rating: 7.5 }, { rating: 11 }, { rating: 0 }, { review: '가'.repeat(10_000) },
      { note: '가'.repeat(5001) }, { title: '' }, { title: '제목\u0000' }, { kind: 'OPERA' }, { time: '25:00' }, { price: -1 }, { price: 1.5 },
      { cast: ['이름\n둘'] }, { photoIds: Array.from({ length: 11 }, (_, i) => `c${String(i).padStart(24, '0')}`) },
    ];
    for (const c of cases) {
      const r = await create(me, c);
      expect(r.status, JSON.stringify(c).slice(0, 80)).toBe(422);
      expect(r.data.error.code).toBe('validation_failed');
      expect(typeof r.data.error.message).toBe('string');
    }
    expect((await create(me, { rating: 7.5 })).data.error.message).toBe('별점은 별 반 개 단위로 0.5~5개 사이에서 골라 주세요.');
    expect(await db.piece.count({ where: { ownerId: me.id } })).toBe(0);
  });
});

describe('shows (cakes) for typed titles', () => {
  it('"레미제라블 " and "레미제라블" of the same kind and year meet on one show; another year is another', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const one = await create(a, { title: '레미제라블 ', date: '2031-01-05' });
    const two = await create(b, { title: '레미제라블', date: '2031-11-20' });
    const later = await create(b, { title: '레미제라블', date: '2032-01-01' });
    expect(one.data.piece.title).toBe('레미제라블');
    expect(one.data.piece.showId).toBe(two.data.piece.showId);
    expect(later.data.piece.showId).not.toBe(one.data.piece.showId);
    // A new title moves the piece to its show.
    const moved = await b.client.json(`/api/pieces/${two.data.piece.id}`, 'PATCH', { title: '위키드' });
    expect(moved.data.piece.showId).not.toBe(one.data.piece.showId);
    expect((await db.show.findUniqueOrThrow({ where: { id: moved.data.piece.showId } })).title).toBe('위키드');
  });
});

describe('who may see and change a piece', () => {
  it('private: 404 to everyone else for read and write; public: readable, still not writable', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const file = await photo(me, 'png', 40, 30);
    const made = await create(me, { photoId: file.id, review: '좋았다' });
    const id = made.data.piece.id;
    const url = `/api/pieces/${id}`;
    for (const [method, body] of [['GET'], ['PATCH', { title: '남의 것' }], ['DELETE']] as const) {
      const r = await other.client.json(url, method, body);
      expect(r.status, method).toBe(404);
    }
    expect((await other.client.fetch(file.url)).status).toBe(404);
    expect((await new Client().fetch(file.thumbUrl)).status).toBe(404);

    expect((await me.client.json(url, 'PATCH', { isPublic: true })).status).toBe(200);
    const seen = await other.client.json(url, 'GET');
    expect(seen.status).toBe(200);
    expect(seen.data.piece).toMatchObject({ id, isMine: false, review: '좋았다', owner: { id: me.id } });
    expect((await other.client.json(url, 'PATCH', { title: '남의 것' })).status).toBe(404);
    expect((await other.client.json(url, 'DELETE')).status).toBe(404);
    const img = await new Client().fetch(file.url);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
    expect(img.headers.get('x-content-type-options')).toBe('nosniff');
    expect(img.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect((await db.piece.findUniqueOrThrow({ where: { id } })).title).toBe('레미제라블');
  });

  it('bumps the version only when the ticket changes', async () => {
    const me = await newUser();
    const made = await create(me, { rating: 6 });
    const url = `/api/pieces/${made.data.piece.id}`;
    const patch = async (body: Record<string, unknown>) => (await me.client.json(url, 'PATCH', body)).data.piece.version as number;
    expect(await patch({ note: '긴 기록', isPublic: true })).toBe(1);
    expect(await patch({ rating: 6 })).toBe(1);
    expect(await patch({ rating: 7 })).toBe(2);
    expect(await patch({ theme: 'mint' })).toBe(3);
    const f = await photo(me, 'png', 20, 20);
    expect(await patch({ photoId: f.id })).toBe(4);
    expect((await me.client.json(url, 'PATCH', {})).status).toBe(422);
  });
});

describe('photos', () => {
  it('are turned upright and stripped of EXIF and GPS, capped at 2048 px, with a WebP thumbnail', async () => {
    const me = await newUser();
    const raw = Buffer.alloc(3000 * 1000 * 3, 90);
    const original = await sharp(raw, { raw: { width: 3000, height: 1000, channels: 3 } }).jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Copyright: 'secret-owner' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 33/1 59/1' } })
      .toBuffer();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const r = await upload(me, original, 'IMG_0001.JPG');
    expect(r.status).toBe(201);
    expect(r.data.file).toMatchObject({ width: 683, height: 2048 });
    const row = await db.pieceFile.findUniqueOrThrow({ where: { id: r.data.file.id } });
    expect(row).toMatchObject({ ownerId: me.id, pieceId: null });
    for (const bytes of [fs.readFileSync(storedAt(row.key)), new Uint8Array(await (await me.client.fetch(r.data.file.url)).arrayBuffer())]) {
      const meta = await sharp(bytes).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: 683, height: 2048 });
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(Buffer.from(bytes).includes('secret-owner')).toBe(false);
    }
    const thumb = await sharp(fs.readFileSync(storedAt(row.thumbKey!))).metadata();
    expect(thumb).toMatchObject({ format: 'webp', height: 480 });
    expect(thumb.exif).toBeUndefined();
    // Piece photos count toward the person's upload allowance, like room files.
    expect((await getUploadQuota(me.id)).usedToday).toBe(row.size);
  });

  it('refuses a 40 MB photo (413), a PDF named .jpg (415) and bytes that are no image (415); nothing is stored', async () => {
    const me = await newUser();
    const big = await streamBody(BASE, '/api/pieces/files', { 'content-type': 'multipart/form-data; boundary=x', cookie: me.client.cookieHeader() }, 40 * 1024 * 1024);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.message).toBe('사진은 10MB 이하만 올릴 수 있어요.');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    expect((await upload(me, pdf, 'ticket.jpg')).status).toBe(415);
    expect((await upload(me, pdf, 'ticket.pdf', 'application/pdf')).status).toBe(415);
    expect((await upload(me, new Uint8Array(5000).fill(7), 'photo')).status).toBe(415);
    const json = await me.client.json('/api/pieces/files', 'POST', { file: 'x' });
    expect(json.status).toBe(415);
    expect((await upload(new Client(), await makeImage('png'))).status).toBe(401);
    expect(await db.pieceFile.count({ where: { ownerId: me.id } })).toBe(0);
  });

  it('only my own unused photos can be attached; someone else\'s or a used one is refused and nothing changes', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const theirs = await photo(other, 'png', 30, 30);
    const mine = await photo(me, 'png', 30, 30);
    for (const body of [{ photoId: theirs.id }, { photoIds: [mine.id, theirs.id] }, { photoId: 'c'.padEnd(25, '9') }]) {
      const r = await create(me, body);
      expect(r.status).toBe(422);
      expect(r.data.error.message).toBe('사진을 찾을 수 없어요. 사진을 다시 올려 주세요.');
    }
    expect(await db.piece.count({ where: { ownerId: me.id } })).toBe(0);
    expect(await db.pieceFile.count({ where: { id: { in: [theirs.id, mine.id] }, pieceId: null } })).toBe(2);
    const first = await create(me, { photoId: mine.id });
    expect(first.status).toBe(201);
    expect((await create(me, { photoId: mine.id })).status).toBe(422);
    // Nor can a patch take someone else's photo.
    expect((await me.client.json(`/api/pieces/${first.data.piece.id}`, 'PATCH', { photoIds: [theirs.id] })).status).toBe(422);
  });

  it('extra photos keep their order; dropping one and deleting the piece remove the stored files', async () => {
    const me = await newUser();
    const [main, a, b] = [await photo(me, 'png', 30, 40), await photo(me, 'jpeg', 40, 30), await photo(me, 'webp', 20, 20)];
    const made = await create(me, { photoId: main.id, photoIds: [b.id, a.id], note: '자세히' });
    expect(made.data.piece.photo.id).toBe(main.id);
    expect(made.data.piece.photos.map((p: { id: string }) => p.id)).toEqual([b.id, a.id]);
    const id = made.data.piece.id as string;
    const bKeys = (await db.pieceFile.findUniqueOrThrow({ where: { id: b.id } }));
    const patched = await me.client.json(`/api/pieces/${id}`, 'PATCH', { photoIds: [a.id] });
    expect(patched.data.piece.photos.map((p: { id: string }) => p.id)).toEqual([a.id]);
    expect(fs.existsSync(storedAt(bKeys.key))).toBe(false);
    expect(fs.existsSync(storedAt(bKeys.thumbKey!))).toBe(false);
    const keys = await keysOf(id);
    expect(keys).toHaveLength(4);
    for (const k of keys) expect(fs.existsSync(storedAt(k)), k).toBe(true);
    expect((await db.piece.findUniqueOrThrow({ where: { id } })).photoKey).toBe(keys[0]);
    expect((await me.client.json(`/api/pieces/${id}`, 'DELETE')).status).toBe(200);
    for (const k of keys) expect(fs.existsSync(storedAt(k)), k).toBe(false);
    expect(await db.pieceFile.count({ where: { ownerId: me.id } })).toBe(0);
    expect((await me.client.json(`/api/pieces/${id}`, 'GET')).status).toBe(404);
    expect((await me.client.fetch(main.url)).status).toBe(404);
  });

  it('the cleanup cron removes photos no piece took within a day, with their files', async () => {
    const me = await newUser();
    const [old, recent, used] = [await photo(me, 'png', 10, 10), await photo(me, 'png', 10, 10), await photo(me, 'png', 10, 10)];
    await create(me, { photoId: used.id });
    await db.pieceFile.updateMany({ where: { id: { in: [old.id, used.id] } }, data: { createdAt: new Date(Date.now() - 25 * 3600 * 1000) } });
    const oldRow = await db.pieceFile.findUniqueOrThrow({ where: { id: old.id } });
    const res = await new Client().fetch('/api/cron/cleanup', { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } });
    expect(res.status).toBe(200);
    expect((await res.json()).pieces.pieceFiles).toBeGreaterThanOrEqual(1);
    expect(await db.pieceFile.findUnique({ where: { id: old.id } })).toBeNull();
    expect(fs.existsSync(storedAt(oldRow.key))).toBe(false);
    expect(await db.pieceFile.count({ where: { id: { in: [recent.id, used.id] } } })).toBe(2);
  });
});

describe('my pieces by month and as a list', () => {
  it('a month holds that month\'s pieces by day and time, filtered by kind, nobody else\'s', async () => {
    const [me, other] = [await newUser(), await newUser()];
    await create(me, { title: '늦은 공연', date: '2026-03-14', time: '19:30' });
    await create(me, { title: '낮 공연', date: '2026-03-14', time: '14:00', kind: 'PLAY' });
    await create(me, { title: '말일', date: '2026-03-31' });
    await create(me, { title: '다음 달', date: '2026-04-01' });
    await create(other, { title: '남의 것', date: '2026-03-14' });
    const march = await me.client.json('/api/pieces?month=2026-03', 'GET');
    expect(march.data.month).toBe('2026-03');
    expect(march.data.pieces.map((p: { title: string }) => p.title)).toEqual(['낮 공연', '늦은 공연', '말일']);
    const plays = await me.client.json('/api/pieces?month=2026-03&kind=PLAY', 'GET');
    expect(plays.data.pieces.map((p: { title: string }) => p.title)).toEqual(['낮 공연']);
    expect((await me.client.json('/api/pieces?month=2026-13', 'GET')).status).toBe(422);
  });

  it('pages through every piece exactly once, newest first, even with many on one day', async () => {
    const me = await newUser();
    const days = ['2025-12-31', '2026-01-01', '2026-01-01', '2026-01-01', '2026-02-10', '2026-02-10', '2026-03-01'];
    const made: string[] = [];
    for (let i = 0; i < 22; i++) made.push((await create(me, { title: `공연 ${i}`, date: days[i % days.length], kind: i % 3 ? 'MUSICAL' : 'MOVIE' })).data.piece.id);
    const seen: { id: string; date: string }[] = [];
    let cursor = '';
    for (let page = 0; page < 10; page++) {
      const r = await me.client.json(`/api/pieces?limit=5${cursor ? `&cursor=${cursor}` : ''}`, 'GET');
      expect(r.status).toBe(200);
      seen.push(...r.data.pieces);
      // A piece added mid-way on an earlier-listed day does not shift later pages.
      if (page === 1) await create(me, { title: '새로 추가', date: '2026-03-01' });
      if (!r.data.nextCursor) break;
      cursor = r.data.nextCursor;
    }
    const ids = seen.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...made].sort());
    expect(seen.map((p) => p.date)).toEqual([...seen.map((p) => p.date)].sort().reverse());
    const movies = await me.client.json('/api/pieces?kind=MOVIE&limit=50', 'GET');
    expect(movies.data.pieces).toHaveLength(8);
    expect(movies.data.nextCursor).toBeNull();
    expect((await me.client.json('/api/pieces?cursor=2026-13-45~abcdefghijklmnopqrstu', 'GET')).status).toBe(422);
  });
});

// A room file through the presigned path, end to end: an app server configured for S3
// against s3rver (a real S3-protocol server, offline), the browser's PUT straight to the
// bucket, the server's completion (size, sniffed type, thumbnail), and the proxied
// download with Moa's headers.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUser } from '../helpers/client';
import { startServer } from '../helpers/server';
import { startS3rver } from '../helpers/s3rver';
import { call, postJson, roomOf, uploadText } from '../helpers/uploads';
import { S3Storage } from '@/lib/storage/s3';
import { db } from '@/lib/db';

let s3: Awaited<ReturnType<typeof startS3rver>>;
let app: Awaited<ReturnType<typeof startServer>>;
let bucket: S3Storage;
beforeAll(async () => {
  s3 = await startS3rver();
  bucket = new S3Storage(s3.config);
  app = await startServer({ MOA_TEST_HOOKS: '0', ...s3.env });
  // A fresh server loads its route modules on first use (seconds under load): warm the upload path here.
  const warm = await newUser();
  await uploadText(app.base, warm, await roomOf(warm), 1);
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await s3?.stop();
  await db.$disconnect();
});

const start = (u: Awaited<ReturnType<typeof newUser>>, roomId: string, fileName: string, size: number) =>
  postJson(app.base, u, `/api/rooms/${roomId}/uploads/direct`, { fileName, size });
const put = (grant: { url: string; headers: Record<string, string> }, bytes: Uint8Array) =>
  fetch(grant.url, { method: 'PUT', headers: grant.headers, body: new Uint8Array(bytes) });
const complete = (u: Awaited<ReturnType<typeof newUser>>, roomId: string, pendingId: string) =>
  postJson(app.base, u, `/api/rooms/${roomId}/uploads/direct/${pendingId}/complete`);

describe('direct uploads to S3', () => {
  it('a photo: presigned PUT to the bucket, completed with a thumbnail, sent, and served with the usual headers', async () => {
    const [me, friend] = [await newUser(), await newUser()];
    const roomId = await roomOf(me, friend);
    const png = new Uint8Array(await sharp({ create: { width: 900, height: 600, channels: 3, background: '#a3c' } }).png().toBuffer());

    const grant = await start(me, roomId, '사진.png', png.byteLength);
    expect(grant.status).toBe(201);
    expect(grant.data).toMatchObject({ mode: 'direct', method: 'PUT' });
    expect(grant.data.url).toMatch(new RegExp(`^${s3.endpoint}/moa-test/rooms/${roomId}/`));
    // Nothing is an upload until it is completed.
    expect((await complete(me, roomId, grant.data.pendingId)).status).toBe(409);
    expect((await put(grant.data as never, png)).status).toBe(200);
    // Only the uploader completes it.
    expect((await complete(friend, roomId, grant.data.pendingId)).status).toBe(404);
    const done = await complete(me, roomId, grant.data.pendingId);
    expect(done.status).toBe(201);
    expect(done.data).toMatchObject({ mime: 'image/png', fileName: '사진.png', size: png.byteLength, width: 900, height: 600 });
    expect((await complete(me, roomId, grant.data.pendingId)).status).toBe(404); // once

    const row = await db.upload.findUniqueOrThrow({ where: { id: done.data.uploadId } });
    expect(await bucket.head(row.key)).toMatchObject({ size: png.byteLength });
    expect(await bucket.head(row.thumbKey!)).toMatchObject({ contentType: 'image/webp' });
    expect(await db.pendingUpload.count({ where: { uploaderId: me.id } })).toBe(0);

    const msg = await postJson(app.base, me, `/api/rooms/${roomId}/messages`, { kind: 'ATTACHMENT', clientId: `s3-${Date.now()}`, uploadId: done.data.uploadId });
    expect(msg.status).toBe(201);
    const original = await call(app.base, friend, `/api/files/${done.data.uploadId}`);
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('image/png');
    expect(original.headers.get('x-content-type-options')).toBe('nosniff');
    expect(original.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await original.arrayBuffer())).toEqual(png);
    // Pages keep the app's own policy.
    expect((await fetch(`${app.base}/login`)).headers.get('content-security-policy')).toContain("default-src 'self'");
    const thumb = await call(app.base, friend, `/api/files/${done.data.uploadId}?variant=thumb`);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(new Uint8Array(await thumb.arrayBuffer())).metadata()).width).toBe(480);
    const download = await call(app.base, friend, `/api/files/${done.data.uploadId}?variant=download`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('사진.png')}`);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('refuses what the browser put when it is not what was announced: other size, or a name its bytes contradict', async () => {
    const me = await newUser();
    const roomId = await roomOf(me);
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const lying = await start(me, roomId, 'photo.png', html.byteLength);
    await put(lying.data as never, html);
    const refused = await complete(me, roomId, lying.data.pendingId);
    expect(refused.status).toBe(415);
    // Both the object and the reservation are gone.
    const key = (await db.pendingUpload.findUnique({ where: { id: lying.data.pendingId } }))?.key;
    expect(key).toBeUndefined();
    expect(await db.upload.count({ where: { uploaderId: me.id } })).toBe(0);

    // s3rver does not enforce the signed length (real S3 does), so completion checks the size itself.
    const short = await start(me, roomId, 'note.txt', 100);
    await put(short.data as never, new TextEncoder().encode('only a few bytes'));
    const mismatch = await complete(me, roomId, short.data.pendingId);
    expect(mismatch.status).toBe(422);
    expect(await db.pendingUpload.count({ where: { uploaderId: me.id } })).toBe(0);
  });

  it('an outsider gets no URL, and a reserved size counts against the quota until completed', async () => {
    const [me, outsider] = [await newUser(), await newUser()];
    const roomId = await roomOf(me);
    expect((await start(outsider, roomId, 'a.txt', 10)).status).toBe(404);
    expect((await start(me, roomId, 'a.txt', 51 * 1024 * 1024)).status).toBe(413); // MAX_UPLOAD_MB
    expect(await db.pendingUpload.count({ where: { roomId } })).toBe(0);
  });

  it('the proxied upload route still works with S3 storage (server-side put)', async () => {
    const me = await newUser();
    const roomId = await roomOf(me);
    const up = await uploadText(app.base, me, roomId, 12);
    expect(up.status).toBe(201);
    const row = await db.upload.findUniqueOrThrow({ where: { id: up.body.uploadId } });
    expect(await bucket.head(row.key)).toMatchObject({ size: 12 });
  });
});

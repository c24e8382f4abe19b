// Upload quotas (a day's bytes and all bytes kept, per person) and the cleanup job that
// removes uploads no message took. A server of its own with small quotas: 1 MB a day, 2 MB kept.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, Client, newUser } from '../helpers/client';
import { startServer } from '../helpers/server';
import { KB, MB, call, postJson, roomOf, streamBody, uploadText } from '../helpers/uploads';
import { db } from '@/lib/db';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ MOA_TEST_HOOKS: '0', UPLOAD_DAILY_MB: '1', UPLOAD_TOTAL_MB: '2' });
  // A fresh server loads its route modules on first use (seconds under load): warm the upload path here.
  const warm = await newUser();
  await uploadText(server.base, warm, await roomOf(warm), 1);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await db.$disconnect();
});

const DAY = 24 * 3600 * 1000;
const backdate = (uploadId: string, days: number) => db.upload.update({ where: { id: uploadId }, data: { createdAt: new Date(Date.now() - days * DAY) } });
const stored = (key: string) => fs.existsSync(path.join(process.env.STORAGE_DIR!, key));

describe('upload quotas', () => {
  it('a day allows 1 MB: past it a clear 413 with the limit, and nothing is stored', async () => {
    const me = await newUser();
    const roomId = await roomOf(me);
    const first = await uploadText(server.base, me, roomId, 700 * KB);
    expect(first.status).toBe(201);
    const over = await uploadText(server.base, me, roomId, 400 * KB);
    expect(over.status).toBe(413);
    expect(over.body.error.details).toMatchObject({ reason: 'daily_quota', limitMb: 1, usedMb: 0.6, remainingMb: 0.3 });
    expect(over.body.error.message).toBe('오늘 올릴 수 있는 양을 다 썼어요. 24시간 동안 1MB까지 올릴 수 있어요 (지금까지 0.6MB, 남은 양 0.3MB).');
    expect(await db.upload.count({ where: { uploaderId: me.id } })).toBe(1);
    // What is left still fits.
    expect((await uploadText(server.base, me, roomId, 250 * KB)).status).toBe(201);
  });

  it('the direct-upload step refuses a size over what is left before any byte is sent; on disk it says "proxy"', async () => {
    const me = await newUser();
    const roomId = await roomOf(me);
    const big = await postJson(server.base, me, `/api/rooms/${roomId}/uploads/direct`, { fileName: 'a.txt', size: MB + 1 });
    expect(big.status).toBe(413);
    expect(big.data.error.details.reason).toBe('daily_quota');
    const ok = await postJson(server.base, me, `/api/rooms/${roomId}/uploads/direct`, { fileName: 'a.txt', size: 100 * KB });
    expect(ok).toEqual({ status: 200, data: { mode: 'proxy' } });
    // An outsider learns nothing, not even the quota.
    const outsider = await newUser();
    expect((await postJson(server.base, outsider, `/api/rooms/${roomId}/uploads/direct`, { fileName: 'a.txt', size: 1 })).status).toBe(404);
  });

  it('a declared length past the quota is refused unread, and an endless body is cut at what is left', async () => {
    const me = await newUser();
    const roomId = await roomOf(me);
    const headers = { 'content-type': 'multipart/form-data; boundary=x', cookie: me.client.cookieHeader() };
    // 1.5 MB declared (not chunked): refused from the header, with the quota's reason.
    const declared = await streamBody(server.base, `/api/rooms/${roomId}/uploads`, { ...headers, 'content-length': String(1.5 * MB) }, 1.5 * MB);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.details.reason).toBe('daily_quota');
    const endless = await streamBody(server.base, `/api/rooms/${roomId}/uploads`, headers, Infinity);
    expect(endless.status).toBe(413);
    expect(JSON.parse(endless.body).error.details.reason).toBe('daily_quota');
    // MAX_UPLOAD_MB is 50; the quota (1 MB) cut it long before that.
    expect(endless.sent).toBeLessThan(20 * MB);
  });

  it('all files kept allow 2 MB; deleting a sent file frees its share', async () => {
    const me = await newUser();
    const roomId = await roomOf(me);
    const sendFile = async (bytes: number) => {
      const up = await uploadText(server.base, me, roomId, bytes);
      expect(up.status).toBe(201);
      const msg = await postJson(server.base, me, `/api/rooms/${roomId}/messages`, { kind: 'ATTACHMENT', clientId: `quota-${Date.now()}-${bytes}-${Math.random()}`, uploadId: up.body.uploadId });
      expect(msg.status).toBe(201);
      await backdate(up.body.uploadId, 2); // out of today's window, still kept
      return msg.data.message.id as string;
    };
    const firstMessage = await sendFile(900 * KB);
    await sendFile(900 * KB);
    const over = await uploadText(server.base, me, roomId, 300 * KB);
    expect(over.status).toBe(413);
    expect(over.body.error.details).toMatchObject({ reason: 'total_quota', limitMb: 2, usedMb: 1.7 });
    expect(over.body.error.message).toContain('2MB');
    const del = await call(server.base, me, `/api/rooms/${roomId}/messages/${firstMessage}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect((await uploadText(server.base, me, roomId, 300 * KB)).status).toBe(201);
  });

  it('quotas are per person', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const roomId = await roomOf(a, b);
    expect((await uploadText(server.base, a, roomId, 900 * KB)).status).toBe(201);
    expect((await uploadText(server.base, b, roomId, 900 * KB)).status).toBe(201);
  });
});

describe('cleanup of unattached uploads', () => {
  const cron = () => new Client().fetch('/api/cron/cleanup', { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } });

  it('removes uploads no message took after a day, with their files; keeps sent and recent ones', async () => {
    const [me, friend] = [await newUser(), await newUser()];
    const roomId = await roomOf(me, friend);
    const png = await (await import('sharp')).default({ create: { width: 40, height: 30, channels: 3, background: '#888' } }).png().toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(png)]), 'p.png');
    const old = (await (await call(BASE, me, `/api/rooms/${roomId}/uploads`, { method: 'POST', body: form })).json()).uploadId as string;
    const recent = (await uploadText(BASE, me, roomId, 10)).body.uploadId as string;
    const sent = (await uploadText(BASE, me, roomId, 10)).body.uploadId as string;
    const msg = await postJson(BASE, me, `/api/rooms/${roomId}/messages`, { kind: 'ATTACHMENT', clientId: `cleanup-${Date.now()}`, uploadId: sent });
    expect(msg.status).toBe(201);
    await backdate(old, 2);
    await backdate(sent, 2);
    const oldRow = await db.upload.findUniqueOrThrow({ where: { id: old } });
    expect(oldRow.thumbKey).toBeTruthy();
    expect(stored(oldRow.key) && stored(oldRow.thumbKey!)).toBe(true);
    // An abandoned direct upload (S3 mode) from two days ago.
    const pending = await db.pendingUpload.create({ data: { roomId, uploaderId: me.id, key: `rooms/${roomId}/abandoned0000`, fileName: 'x', size: 5, createdAt: new Date(Date.now() - 2 * DAY) } });

    const res = await cron();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.uploads.uploads).toBeGreaterThanOrEqual(1);
    expect(body.uploads.pending).toBeGreaterThanOrEqual(1);
    expect(await db.upload.findUnique({ where: { id: old } })).toBeNull();
    expect(stored(oldRow.key) || stored(oldRow.thumbKey!)).toBe(false);
    expect(await db.pendingUpload.findUnique({ where: { id: pending.id } })).toBeNull();
    for (const id of [recent, sent]) {
      const row = await db.upload.findUniqueOrThrow({ where: { id } });
      expect(stored(row.key)).toBe(true);
    }
    // The sent file is still served to the room.
    expect((await call(BASE, friend, `/api/files/${sent}`)).status).toBe(200);
    // The removed one is gone for everyone, and sending it now is refused.
    expect((await call(BASE, me, `/api/files/${old}`)).status).toBe(404);
    expect((await postJson(BASE, me, `/api/rooms/${roomId}/messages`, { kind: 'ATTACHMENT', clientId: `cleanup-late-${Date.now()}`, uploadId: old })).status).toBe(422);
  });
});

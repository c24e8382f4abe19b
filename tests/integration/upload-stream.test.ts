// Room files are streamed to storage (disk here) as they arrive, with the size cap
// enforced while streaming: the server never holds a whole file, and a file cut off
// leaves nothing behind. (Membership is checked before the body is read: requests.test.ts.)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, newUser } from '../helpers/client';
import { MB, roomOf, streamBody } from '../helpers/uploads';
import { db } from '@/lib/db';

afterAll(async () => {
  await db.$disconnect();
});

const BOUNDARY = 'moa-stream-test';
const head = (name: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
const roomDir = (roomId: string) => path.join(process.env.STORAGE_DIR!, 'rooms', roomId);
const filesIn = (roomId: string) => (fs.existsSync(roomDir(roomId)) ? fs.readdirSync(roomDir(roomId)) : []);
const tmpBytes = (roomId: string) =>
  filesIn(roomId).filter((f) => f.endsWith('.tmp')).reduce((n, f) => n + fs.statSync(path.join(roomDir(roomId), f)).size, 0);

describe('room uploads stream to storage', () => {
  it('a member’s file is on disk while it is still arriving, and complete when the body ends', async () => {
    const me = await newUser();
    const roomId = await roomOf(me);
    const req = http.request(`${BASE}/api/rooms/${roomId}/uploads`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, cookie: me.client.cookieHeader() },
    });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
    });
    req.write(head('big.bin'));
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    for (let i = 0; i < 32; i++) if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
    // 8 MB sent and the body still open: most of it must already be in the temp file.
    await expect.poll(() => tmpBytes(roomId), { timeout: 30_000, interval: 200 }).toBeGreaterThan(4 * MB);
    req.end(`\r\n--${BOUNDARY}--\r\n`);
    const res = await answer;
    expect(res.status, res.body).toBe(201);
    const { uploadId, size, mime } = JSON.parse(res.body);
    expect({ size, mime }).toEqual({ size: 8 * MB, mime: 'application/octet-stream' });
    const row = await db.upload.findUniqueOrThrow({ where: { id: uploadId } });
    expect(fs.statSync(path.join(process.env.STORAGE_DIR!, row.key)).size).toBe(8 * MB);
    expect(filesIn(roomId).some((f) => f.endsWith('.tmp'))).toBe(false);
  }, 90_000);

  it('a file past the limit is cut while it streams: 413, no row, nothing left on disk', async () => {
    const me = await newUser();
    const roomId = await roomOf(me);
    const headers = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, cookie: me.client.cookieHeader() };
    const res = await streamBody(BASE, `/api/rooms/${roomId}/uploads`, headers, Infinity, { head: head('endless.bin') });
    expect(res.status).toBe(413);
    // MAX_UPLOAD_MB is 50: refused around there, long before the client would stop.
    expect(res.sent).toBeLessThan(120 * MB);
    expect(await db.upload.count({ where: { roomId } })).toBe(0);
    expect(filesIn(roomId)).toEqual([]);
  }, 90_000);

  it('a file that claims another type is refused from its first bytes, before anything is written', async () => {
    const me = await newUser();
    const roomId = await roomOf(me);
    const headers = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, cookie: me.client.cookieHeader() };
    const res = await streamBody(BASE, `/api/rooms/${roomId}/uploads`, headers, Infinity, { head: head('photo.png') });
    expect(res.status).toBe(415);
    expect(res.sent).toBeLessThan(20 * MB);
    expect(filesIn(roomId)).toEqual([]);
  }, 90_000);
});

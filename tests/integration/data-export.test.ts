// 내 데이터 내려받기: a ZIP built in the background, announced, behind a signed link for
// its owner only, expiring after a day. The test unzips it and reads what is inside.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { db } from '@/lib/db';
import { BASE, newUser } from '../helpers/client';
import { makeCouple, say, eventually } from '../helpers/couple';
import { moveServerClock } from '../helpers/family';
import { makePiece } from '../helpers/pieces';
import { uploadText } from '../helpers/uploads';

afterEach(async () => {
  await moveServerClock(0);
});
afterAll(async () => {
  await db.$disconnect();
});

type ExportDto = { id: string; status: string; downloadUrl: string | null; size: number | null; expiresAt: string };

describe('data export', () => {
  it('holds my profile, circles, messages I sent, pieces and uploaded files, and nobody else’s', async () => {
    const { a, b, circleId, roomId } = await makeCouple();
    for (let i = 0; i < 3; i++) expect((await say(a, roomId, `내 메시지 ${i}`)).status).toBe(201);
    expect((await say(b, roomId, '상대 메시지')).status).toBe(201);
    const up = await uploadText(BASE, a, roomId, 3000, '메모.txt');
    expect(up.status).toBe(201);
    const sent = await a.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'ATTACHMENT', clientId: `exp-${Date.now()}`, uploadId: up.body.uploadId });
    expect(sent.status).toBe(201);
    const piece = await makePiece(a.id);

    const started = await a.client.json('/api/accounts/export', 'POST');
    expect(started.status).toBe(202);
    expect(started.data.export).toMatchObject({ status: 'PENDING', downloadUrl: null });
    const ready: ExportDto = await eventually(async () => {
      const e = (await a.client.json('/api/accounts/export', 'GET')).data.export as ExportDto;
      return e.status === 'READY' && e;
    }, 20_000);
    expect(ready.downloadUrl).toMatch(/^\/api\/accounts\/export\/\w+\?exp=\d+&sig=/);
    const notice = await eventually(async () => (await a.client.json('/api/notifications', 'GET')).data.notifications.find((n: { title: string }) => n.title === '내 데이터가 준비됐어요'));
    expect(notice.url).toBe('/me#export');

    const res = await a.client.fetch(ready.downloadUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="moa-data-\d{8}\.zip"$/);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const json = (name: string) => JSON.parse(strFromU8(files[name]));
    expect(json('profile.json')).toMatchObject({ id: a.id, loginId: a.loginId, displayName: `Test ${a.loginId}` });
    expect(json('profile.json').consent.termsVersion).toBeTruthy();
    expect(json('circles.json')).toEqual([expect.objectContaining({ id: circleId, kind: 'COUPLE', role: 'PARTNER' })]);
    const messages = json('messages.json') as { body?: string; kind: string; file: string | null }[];
    expect(messages.filter((m) => m.kind === 'TEXT').map((m) => m.body)).toEqual(['내 메시지 0', '내 메시지 1', '내 메시지 2']);
    expect(messages.some((m) => m.body === '상대 메시지')).toBe(false);
    const attachment = messages.find((m) => m.kind !== 'TEXT' && m.file)!;
    expect(files[attachment.file!]).toBeDefined();
    expect(strFromU8(files[attachment.file!])).toBe('a'.repeat(3000));
    expect(json('pieces.json').map((p: { id: string }) => p.id)).toEqual([piece.id]);
    expect(json('posts.json')).toEqual([]);

    // The link is the owner's: another person, a forged signature or a changed expiry find nothing.
    expect((await b.client.fetch(ready.downloadUrl!)).status).toBe(404);
    expect((await a.client.fetch(ready.downloadUrl!.replace(/sig=.+$/, 'sig=AAAA'))).status).toBe(404);
    expect((await a.client.fetch(ready.downloadUrl!.replace(/exp=(\d+)/, (_, n) => `exp=${Number(n) + 3600}`))).status).toBe(404);
    expect((await b.client.json('/api/accounts/export', 'GET')).data.export).toBeNull();
  });

  it('expires after a day: the link stops and the hourly cleanup removes it', async () => {
    const u = await newUser();
    await u.client.json('/api/accounts/export', 'POST');
    const ready: ExportDto = await eventually(async () => {
      const e = (await u.client.json('/api/accounts/export', 'GET')).data.export as ExportDto;
      return e.status === 'READY' && e;
    }, 20_000);
    expect((await u.client.fetch(ready.downloadUrl!)).status).toBe(200);
    await moveServerClock(24 * 3600 * 1000 + 60_000);
    expect((await u.client.fetch(ready.downloadUrl!)).status).toBe(404);
    expect((await u.client.json('/api/accounts/export', 'GET')).data.export.downloadUrl).toBeNull();
    const cron = await fetch(`${BASE}/api/cron/cleanup`, { headers: { authorization: 'Bearer test-cron-secret' } });
    expect(cron.status).toBe(200);
    expect(await db.dataExport.count({ where: { userId: u.id } })).toBe(0);
  });

  it('asking while one is being built returns that one', async () => {
    const u = await newUser();
    const building = await db.dataExport.create({ data: { userId: u.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const res = await u.client.json('/api/accounts/export', 'POST');
    expect(res.status).toBe(202);
    expect(res.data.export).toMatchObject({ id: building.id, status: 'PENDING', downloadUrl: null });
    expect(await db.dataExport.count({ where: { userId: u.id } })).toBe(1);
    await db.dataExport.delete({ where: { id: building.id } });
  });

  it('is refused when signed out', async () => {
    const anon = await fetch(`${BASE}/api/accounts/export`, { method: 'POST', headers: { origin: BASE } });
    expect(anon.status).toBe(401);
  });
});

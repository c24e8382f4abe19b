// Group orders (같이 주문): neighbourhoods and radius, posts and their filters, joins that
// never overfill, leave / ban / unban with realtime access cut at once, the deadline,
// author-only changes, the fee split, post-room rules, menu suggestions with weather.
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser } from '../helpers/client';
import { settle } from '../helpers/couple';
import { moveServerClock } from '../helpers/family';
import { listen, type Listener } from '../helpers/realtime';
import { channels } from '@/lib/realtime/channels';
import { db } from '@/lib/db';

type U = Awaited<ReturnType<typeof newUser>>;
const SEOGYO = '1144066000'; // 서울 마포구 서교동
const YEONNAM = '1144071000'; // ~0.9 km from 서교동
const MANGWON1 = '1144069000'; // ~2.2 km from 서교동
const BUSAN_U1 = '2635051000'; // 부산 해운대구 우1동
const ULLEUNG = '4794025000'; // 울릉읍: nobody else posts near it

const open: Listener[] = [];
afterAll(async () => {
  for (const l of open) l.close();
  await moveServerClock(0);
  await db.$disconnect();
});

async function person(areaCode: string | null = SEOGYO): Promise<U> {
  const u = await newUser();
  if (areaCode) expect((await u.client.json('/api/me/area', 'PUT', { areaCode })).status).toBe(200);
  return u;
}

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();
const valid = (over: Record<string, unknown> = {}) => ({
  title: '치킨 반반 같이 시켜요',
  body: '교촌 허니콤보 나눠요',
  category: 'CHICKEN',
  restaurant: '교촌치킨 서교점',
  menu: '허니콤보, 레드콤보',
  wanted: 4,
  deadline: inAnHour(),
  place: '서교동 주민센터 앞',
  deliveryFee: 4000,
  minOrder: 20000,
  ...over,
});

async function post(u: U, over: Record<string, unknown> = {}) {
  const res = await u.client.json('/api/posts', 'POST', valid(over));
  expect(res.status, JSON.stringify(res.data)).toBe(201);
  return res.data.post as { id: string; roomId: string; joined: number; feePerPerson: number };
}
const ids = async (u: U, query = '') => {
  const res = await u.client.json(`/api/posts${query}`, 'GET');
  expect(res.status).toBe(200);
  return (res.data.posts as { id: string }[]).map((p) => p.id);
};
const join = (u: U, id: string) => u.client.json(`/api/posts/${id}/members/me`, 'POST');
const get = (u: U, id: string) => u.client.json(`/api/posts/${id}`, 'GET');
let n = 0;
const send = (u: U, roomId: string, body: string) =>
  u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: `post-${Date.now()}-${++n}`, body });

describe('my neighbourhood', () => {
  it('is set from a real dong code, with a radius of 1, 3 or 5 km', async () => {
    const u = await person(null);
    expect((await u.client.json('/api/me/area', 'GET')).data).toEqual({ area: null, radiusKm: 3 });
    expect((await u.client.json('/api/posts', 'GET')).data.error.details.reason).toBe('no_area');
    for (const bad of [{ areaCode: '0000000000' }, { areaCode: '11440' }, { areaCode: SEOGYO, radiusKm: 2 }, { areaCode: SEOGYO, extra: 1 }]) {
      expect((await u.client.json('/api/me/area', 'PUT', bad)).status).toBe(422);
    }
    const set = await u.client.json('/api/me/area', 'PUT', { areaCode: SEOGYO, radiusKm: 5 });
    expect(set.data).toMatchObject({ area: { code: SEOGYO, dong: '서교동', sigungu: '마포구' }, radiusKm: 5 });
    const found = await u.client.json(`/api/areas/search?q=${encodeURIComponent('마포 서교')}`, 'GET');
    expect(found.data.areas[0]).toEqual({ code: SEOGYO, name: '서울특별시 마포구 서교동' });
    const steps = await u.client.json(`/api/areas?sido=${encodeURIComponent('서울특별시')}&sigungu=${encodeURIComponent('마포구')}`, 'GET');
    expect(steps.data.dongs).toContainEqual({ code: SEOGYO, name: '서교동' });
    expect((await new Client().json('/api/areas', 'GET')).status).toBe(401);
  });
});

describe('posting', () => {
  it('refuses bad input with a clear 4xx and stores nothing', async () => {
    const u = await person();
    const before = await db.post.count({ where: { authorId: u.id } });
    const bad = [
      { wanted: 0 }, { wanted: 11 }, { wanted: 2.5 }, { deadline: new Date(Date.now() - 60_000).toISOString() },
      { deadline: new Date(Date.now() + 8 * 24 * 3600_000).toISOString() }, { deadline: '2026-13-01T10:00:00+09:00' },
      { deliveryFee: -1 }, { minOrder: 'many' }, { category: 'SUSHI' }, { body: '가'.repeat(5000) }, { title: '' },
      { title: 'a\u0000b' }, { place: '' }, { areaCode: BUSAN_U1 },
    ];
    for (const over of bad) {
      const res = await u.client.json('/api/posts', 'POST', valid(over));
      expect([400, 422], JSON.stringify(over)).toContain(res.status);
    }
    expect([400, 422]).toContain((await u.client.json('/api/posts', 'POST', 'not json')).status);
    expect(await db.post.count({ where: { authorId: u.id } })).toBe(before);
    // Without a neighbourhood there is nowhere to post.
    const homeless = await person(null);
    expect((await homeless.client.json('/api/posts', 'POST', valid())).status).toBe(409);
  });

  it('shows joined/wanted and the fee per person as people join', async () => {
    const [a, b] = [await person(), await person(YEONNAM)];
    const p = await post(a, { deliveryFee: 4000, wanted: 4 });
    expect(p).toMatchObject({ joined: 1, feePerPerson: 4000 });
    const joined = await join(b, p.id);
    expect(joined.data.post).toMatchObject({ joined: 2, wanted: 4, feePerPerson: 2000, me: 'member', area: { code: SEOGYO, name: '서교동' } });
    expect((await get(a, p.id)).data.post).toMatchObject({ joined: 2, feePerPerson: 2000, me: 'author' });
  });
});

describe('the list', () => {
  it('shows my dong and neighbours within my radius: 2 km away at 3 km, not at 1 km; Busan never', async () => {
    const [a, near, mid, far] = [await person(SEOGYO), await person(YEONNAM), await person(MANGWON1), await person(BUSAN_U1)];
    const p = await post(a);
    expect(await ids(near, '?radiusKm=1')).toContain(p.id);
    expect(await ids(mid, '?radiusKm=1')).not.toContain(p.id);
    expect(await ids(mid, '?radiusKm=3')).toContain(p.id);
    expect(await ids(mid)).toContain(p.id); // 3 km by default
    expect(await ids(far, '?radiusKm=5')).not.toContain(p.id);
    const listed = (await mid.client.json('/api/posts?radiusKm=3', 'GET')).data.posts.find((x: { id: string }) => x.id === p.id);
    expect(listed.distanceKm).toBeGreaterThan(1.9);
    expect(listed.distanceKm).toBeLessThan(2.6);
    for (const q of ['?radiusKm=2', '?status=open', '?order=random', '?category=SUSHI', '?cursor=garbage', '?limit=500']) {
      expect((await mid.client.json(`/api/posts${q}`, 'GET')).status, q).toBe(422);
    }
  });

  it('filters by category and status, orders by deadline, and pages without duplicates while posts are added', async () => {
    const [a, b] = [await person(ULLEUNG), await person(ULLEUNG)];
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push((await post(a, { title: `주문 ${i}`, category: i % 2 ? 'PIZZA' : 'CHICKEN', deadline: new Date(Date.now() + (10 - i) * 3600_000).toISOString() })).id);
    expect((await ids(b, '?radiusKm=5&category=PIZZA')).sort()).toEqual([made[1], made[3], made[5]].sort());
    // Page through 3 at a time, posting more in between: every post once, none twice.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await b.client.json(`/api/posts?radiusKm=5&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, 'GET');
      seen.push(...res.data.posts.map((p: { id: string }) => p.id));
      cursor = res.data.nextCursor;
      await post(a, { title: '새 글' });
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 7).sort()).toEqual([...made].sort());
    const byDeadline = await ids(b, '?radiusKm=5&order=deadline&category=CHICKEN');
    expect(byDeadline.filter((id) => made.includes(id))).toEqual([made[6], made[4], made[2], made[0]]);
    // Closed ones leave the default list and show under "closed".
    expect((await a.client.json(`/api/posts/${made[0]}/status`, 'POST', { action: 'close' })).status).toBe(200);
    expect(await ids(b, '?radiusKm=5')).not.toContain(made[0]);
    expect(await ids(b, '?radiusKm=5&status=closed')).toContain(made[0]);
    expect(await ids(b, '?radiusKm=5&status=all')).toContain(made[0]);
  });
});

describe('joining', () => {
  it('never overfills, even with many people pressing join at once; it closes itself when full', async () => {
    const a = await person();
    const p = await post(a, { wanted: 3 });
    const crowd = await Promise.all(Array.from({ length: 8 }, () => person(YEONNAM)));
    const results = await Promise.all(crowd.map((u) => join(u, p.id)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    for (const r of results.filter((x) => x.status !== 200)) expect(r.status).toBe(409);
    const row = await db.post.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ joinedCount: 3, status: 'CLOSED', closedReason: 'full' });
    expect(await db.roomMember.count({ where: { roomId: p.roomId, leftAt: null } })).toBe(3);
    // The same person pressing twice at once joins once.
    const q = await post(a, { wanted: 5 });
    const b = await person();
    const twice = await Promise.all([join(b, q.id), join(b, q.id), join(b, q.id)]);
    expect(twice.some((r) => r.status === 200)).toBe(true);
    expect((await db.post.findUniqueOrThrow({ where: { id: q.id } })).joinedCount).toBe(2);
  });

  it('leaving frees the place; the author reopens before the deadline; non-members never read the room', async () => {
    const [a, b, c, outsider] = [await person(), await person(), await person(), await person()];
    const p = await post(a, { wanted: 3 });
    expect((await join(b, p.id)).status).toBe(200);
    expect((await join(c, p.id)).status).toBe(200);
    expect((await get(a, p.id)).data.post.status).toBe('CLOSED');
    expect((await send(b, p.roomId, '저 양념이요')).status).toBe(201);
    // An outsider reads the summary, never the messages, and cannot send.
    expect((await get(outsider, p.id)).data.post).toMatchObject({ me: 'none', joined: 3 });
    expect((await outsider.client.json(`/api/rooms/${p.roomId}/messages`, 'GET')).status).toBe(404);
    expect((await send(outsider, p.roomId, '끼워줘요')).status).toBe(404);
    expect((await a.client.json(`/api/posts/${p.id}/members/me`, 'DELETE')).status).toBe(409); // the author stays
    expect((await c.client.json(`/api/posts/${p.id}/members/me`, 'DELETE')).status).toBe(200);
    expect((await get(a, p.id)).data.post).toMatchObject({ joined: 2, status: 'CLOSED' });
    expect((await b.client.json(`/api/posts/${p.id}/status`, 'POST', { action: 'reopen' })).status).toBe(404);
    expect((await a.client.json(`/api/posts/${p.id}/status`, 'POST', { action: 'reopen' })).data.post.status).toBe('RECRUITING');
    expect((await join(c, p.id)).data.post).toMatchObject({ joined: 3, status: 'CLOSED' });
    const lines = await db.message.findMany({ where: { roomId: p.roomId, kind: 'SYSTEM' }, orderBy: { seq: 'asc' }, select: { systemKey: true } });
    expect(lines.map((l) => l.systemKey)).toEqual(['post-opened', 'joined', 'joined', 'post-full', 'left', 'post-reopened', 'joined', 'post-full']);
  });
});

describe('bans', () => {
  it('cut the banned member out at once (live), refuse their rejoin, hide the post from them; lifting lets them back', async () => {
    const [a, b, c] = [await person(), await person(), await person()];
    const p = await post(a, { wanted: 5 });
    await join(b, p.id);
    await join(c, p.id);
    const room = channels.room(p.roomId);
    const lc = await listen(c.client, [room, channels.user(c.id)]);
    const lb = await listen(b.client, [room]);
    open.push(lc, lb);
    expect((await send(a, p.roomId, '주문 전')).status).toBe(201);
    await lc.waitFor('message');

    expect((await b.client.json(`/api/posts/${p.id}/bans/${c.id}`, 'POST')).status).toBe(404); // only the author
    expect((await a.client.json(`/api/posts/${p.id}/bans/${c.id}`, 'POST')).status).toBe(200);
    const since = lc.events.length;
    await expect.poll(() => lc.refused, { timeout: 5000 }).toContain(room);
    expect((await send(a, p.roomId, '주문 후')).status).toBe(201);
    await expect.poll(() => lb.events.filter((e) => e.event === 'message').map((e) => (e.data as { body?: string }).body)).toContain('주문 후');
    await settle();
    expect(lc.events.slice(since).filter((e) => e.channel === room)).toEqual([]);
    expect((await join(c, p.id)).status).toBe(404);
    expect((await get(c, p.id)).status).toBe(404);
    expect(await ids(c, '?status=all')).not.toContain(p.id);
    expect((await c.client.json(`/api/rooms/${p.roomId}/messages`, 'GET')).status).toBe(404);
    expect((await get(a, p.id)).data.post.joined).toBe(2);
    const members = await a.client.json(`/api/posts/${p.id}/members`, 'GET');
    expect(members.data.banned.map((m: { id: string }) => m.id)).toEqual([c.id]);

    expect((await a.client.json(`/api/posts/${p.id}/bans/${c.id}`, 'DELETE')).status).toBe(200);
    expect((await join(c, p.id)).status).toBe(200);
    // New messages only: what was said while banned stays unseen.
    const history = await c.client.json(`/api/rooms/${p.roomId}/messages`, 'GET');
    expect(JSON.stringify(history.data)).not.toContain('주문 후');
  });
});

describe('the deadline', () => {
  it('closes the post when it passes, lazily on reading and by the cron (no timer)', async () => {
    const [a, b] = [await person(), await person()];
    const p = await post(a, { deadline: new Date(Date.now() + 30 * 60_000).toISOString() });
    const q = await post(a, { deadline: new Date(Date.now() + 30 * 60_000).toISOString() });
    await moveServerClock(31 * 60_000);
    try {
      expect((await get(b, p.id)).data.post).toMatchObject({ status: 'CLOSED', closedReason: 'deadline' });
      expect((await join(b, q.id)).status).toBe(409);
      await db.post.update({ where: { id: q.id }, data: { status: 'RECRUITING', closedReason: null } });
      const cron = await new Client().fetch('/api/cron/posts', { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } });
      expect(cron.status).toBe(200);
      expect(await db.post.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({ status: 'CLOSED', closedReason: 'deadline' });
      // Past the deadline it cannot reopen.
      expect((await a.client.json(`/api/posts/${p.id}/status`, 'POST', { action: 'reopen' })).status).toBe(409);
    } finally {
      await moveServerClock(0);
    }
    expect((await new Client().fetch('/api/cron/posts')).status).toBe(404); // without the secret it is not there
  });
});

describe('the author', () => {
  it('alone edits, delivers and deletes; members hear of a new place; deleting closes the room', async () => {
    const [a, b] = [await person(), await person()];
    const p = await post(a);
    await join(b, p.id);
    expect((await b.client.json(`/api/posts/${p.id}`, 'PATCH', { place: '여기' })).status).toBe(404);
    expect((await b.client.json(`/api/posts/${p.id}`, 'DELETE')).status).toBe(404);
    expect((await a.client.json(`/api/posts/${p.id}`, 'PATCH', { wanted: 1 })).status).toBe(422);
    expect((await a.client.json(`/api/posts/${p.id}`, 'PATCH', {})).status).toBe(422);
    const edited = await a.client.json(`/api/posts/${p.id}`, 'PATCH', { place: '홍대입구역 9번 출구', deliveryFee: 3000 });
    expect(edited.data.post).toMatchObject({ place: '홍대입구역 9번 출구', feePerPerson: 1500 });
    await expect.poll(async () => (await db.notification.findMany({ where: { userId: b.id, kind: 'post' } })).length).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { userId: a.id, kind: 'post' } })).toBe(0);
    expect((await a.client.json(`/api/posts/${p.id}/status`, 'POST', { action: 'deliver' })).data.post.status).toBe('DONE');
    expect((await a.client.json(`/api/posts/${p.id}/status`, 'POST', { action: 'deliver' })).status).toBe(409);
    expect((await a.client.json(`/api/posts/${p.id}`, 'DELETE')).status).toBe(200);
    expect((await get(b, p.id)).status).toBe(404);
    const refused = await send(b, p.roomId, '안녕');
    expect(refused.status).toBe(409);
    expect(refused.data.error.details.reason).toBe('post_deleted');
    const last = await db.message.findFirst({ where: { roomId: p.roomId }, orderBy: { seq: 'desc' } });
    expect(last?.systemKey).toBe('post-deleted');
  });

  it('keeps post-room messages to 1,000 characters', async () => {
    const a = await person();
    const p = await post(a);
    expect((await send(a, p.roomId, '가'.repeat(1000))).status).toBe(201);
    expect((await send(a, p.roomId, '가'.repeat(1001))).status).toBe(422);
  });
});

describe('menu suggestions', () => {
  it('suggest five dishes; with the local weather (rain from the KMA stand-in) they lean to rainy-day food', async () => {
    const seoul = await person(SEOGYO);
    const res = await seoul.client.json('/api/posts/menu', 'GET');
    expect(res.status).toBe(200);
    expect(res.data.weather).toMatchObject({ precip: 'rain', temp: 12, sky: 'cloudy' });
    expect(res.data.suggestions).toHaveLength(5);
    // Rainy-day dishes lead (how many depends on the hour: five categories, each dish for its meal times).
    expect(res.data.suggestions[0].reasons).toContain('rain');
    expect(res.data.suggestions.filter((s: { reasons: string[] }) => s.reasons.includes('rain')).length).toBeGreaterThanOrEqual(2);
  });
  it('without weather (KMA has none for the cell) suggest from the season and the hour', async () => {
    const busan = await person(BUSAN_U1);
    const res = await busan.client.json('/api/posts/menu', 'GET');
    expect(res.status).toBe(200);
    expect(res.data.weather).toBeNull();
    expect(res.data.suggestions).toHaveLength(5);
    expect(res.data.suggestions.every((s: { reasons: string[] }) => !s.reasons.includes('rain'))).toBe(true);
  });
  it('work at 00:30 KST (the previous day’s 23:00 forecast run)', async () => {
    const u = await person(SEOGYO);
    const at = new Date();
    const kstNow = new Date(at.getTime() + 9 * 3600_000);
    const target = Date.UTC(kstNow.getUTCFullYear(), kstNow.getUTCMonth(), kstNow.getUTCDate() + 1, 0, 30) - 9 * 3600_000;
    await moveServerClock(target - at.getTime());
    try {
      await db.kvEntry.deleteMany({ where: { key: { startsWith: 'weather:' } } });
      const res = await u.client.json('/api/posts/menu', 'GET');
      expect(res.status).toBe(200);
      expect(res.data.weather?.slot).toMatch(/0000$/);
      expect(res.data.suggestions).toHaveLength(5);
    } finally {
      await moveServerClock(0);
    }
  });
});

// "A new mission" reaches the child once, on the day the mission appears: at creation for
// today's missions; on the start day for scheduled ones, through the cron job (from 07:00
// in Korea) or as soon as a screen loads the family's missions, whichever comes first.
// The server clock travels; the notice is counted in the database and at the push mock.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { addDays, kstDayStart } from '@/lib/missions/schedule';
import { Client } from '../helpers/client';
import { makeFamily, moveServerClock, type User } from '../helpers/family';
import { received, registerDevice, waitForPushes } from '../helpers/push-mock';
import { listen, type Listener } from '../helpers/realtime';

const HOUR = 60 * 60 * 1000;
const open: Listener[] = [];

afterEach(async () => {
  for (const l of open.splice(0)) l.close();
  await moveServerClock(0);
});

afterAll(async () => {
  await moveServerClock(0);
  await db.$disconnect();
});

const missions = (circleId: string) => `/api/families/${circleId}/missions`;
/** The scheduled job, called as Vercel Cron (or the local runner) does. */
async function cron(secret = process.env.CRON_SECRET) {
  const res = await new Client().fetch('/api/cron/missions', { headers: secret ? { authorization: `Bearer ${secret}` } : {} });
  return { status: res.status, data: await res.json().catch(() => null) };
}

async function create(parent: User, circleId: string, body: Record<string, unknown>) {
  const res = await parent.client.json(missions(circleId), 'POST', body);
  expect(res.status, JSON.stringify(res.data)).toBe(201);
  return res.data.mission as { id: string; title: string };
}

/** Move the server clock to `hour`:00 Korean time on `day` (a later day than today). */
const travelTo = (day: string, hour: number) => moveServerClock(kstDayStart(day).getTime() + hour * HOUR - Date.now());

const notices = (childId: string, title: string) =>
  db.notification.findMany({ where: { userId: childId, kind: 'mission', body: { contains: `‘${title}’` } }, select: { title: true, body: true, url: true } });

describe('mission assigned notice', () => {
  it('a scheduled mission tells the child on its start day, exactly once, even when the job and loading screens race', async () => {
    const { circleId, parent, child } = await makeFamily();
    const device = await registerDevice(child.client);
    const today = (await parent.client.json(missions(circleId), 'GET')).data.today as string;
    const start = addDays(today, 2);
    await create(parent, circleId, { childId: child.id, title: '토요일 대청소', reward: 3, startsOn: start });

    // Not yet: no notice, whoever asks.
    expect((await cron()).data).toEqual({ announced: 0 });
    await child.client.json(missions(circleId), 'GET');
    expect(await notices(child.id, '토요일 대청소')).toEqual([]);
    // The job answers only to Vercel Cron's secret.
    expect((await cron('wrong-secret')).status).toBe(404);
    expect((await cron('')).status).toBe(404);

    await travelTo(addDays(today, 1), 9);
    expect((await cron()).data).toEqual({ announced: 0 });

    await travelTo(start, 9);
    const live = await listen(child.client, channels.user(child.id));
    open.push(live);
    const calls = await Promise.all([cron(), cron(), cron(), child.client.json(missions(circleId), 'GET'), parent.client.json(missions(circleId), 'GET')]);
    expect(calls.map((c) => c.status)).toEqual([200, 200, 200, 200, 200]);
    expect(calls.slice(0, 3).reduce((n, c) => n + c.data.announced, 0)).toBeLessThanOrEqual(1);

    expect(await notices(child.id, '토요일 대청소')).toEqual([{ title: '새 미션이 생겼어요', body: '‘토요일 대청소’ · 포도알 3개', url: `/circles/${circleId}/missions` }]);
    expect(await db.notification.count({ where: { userId: parent.id, kind: 'mission' } })).toBe(0);
    // The child is away (no Moa tab on screen): one push.
    const [push] = await waitForPushes(device, 1);
    expect(push).toMatchObject({ title: '새 미션이 생겼어요', body: '‘토요일 대청소’ · 포도알 3개' });
    // Open screens learn about it with its run for today.
    const event = await live.waitFor('mission-changed');
    expect(event).toMatchObject({ mission: { title: '토요일 대청소', scheduled: false }, run: { day: start } });
    const list = (await child.client.json(missions(circleId), 'GET')).data;
    expect(list.todo.map((r: { mission: { title: string } }) => r.mission.title)).toEqual(['토요일 대청소']);

    // Later runs of the job, later days: nothing more.
    expect((await cron()).data).toEqual({ announced: 0 });
    await travelTo(addDays(start, 1), 10);
    expect((await cron()).data).toEqual({ announced: 0 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await received(device)).toHaveLength(1);
    expect(await notices(child.id, '토요일 대청소')).toHaveLength(1);
  });

  it('a busy morning: more missions than one transaction takes are all announced, once each', async () => {
    const { circleId, parent, child } = await makeFamily();
    const today = (await parent.client.json(missions(circleId), 'GET')).data.today as string;
    const start = addDays(today, 1);
    for (let i = 0; i < 30; i++) await create(parent, circleId, { childId: child.id, title: `아침 미션 ${i}`, startsOn: start });
    await travelTo(start, 9);
    const [a, b] = await Promise.all([cron(), cron()]);
    expect(a.data.announced + b.data.announced).toBeGreaterThanOrEqual(30);
    expect(await db.notification.count({ where: { userId: child.id, kind: 'mission', body: { contains: '아침 미션' } } })).toBe(30);
    expect(await db.mission.count({ where: { circleId, assignedNotifiedAt: null } })).toBe(0);
  });

  it('before 07:00 in Korea the job waits, but the child opening missions hears it at once', async () => {
    const { circleId, parent, child } = await makeFamily();
    const today = (await parent.client.json(missions(circleId), 'GET')).data.today as string;
    const start = addDays(today, 1);
    await create(parent, circleId, { childId: child.id, title: '새벽 미션', startsOn: start });
    await travelTo(start, 5);
    expect((await cron()).data).toEqual({ announced: 0 });
    // A parent looking at 05:00 does not wake the child either.
    await parent.client.json(missions(circleId), 'GET');
    expect(await notices(child.id, '새벽 미션')).toEqual([]);
    const list = (await child.client.json(missions(circleId), 'GET')).data;
    expect(list.todo.map((r: { mission: { title: string } }) => r.mission.title)).toEqual(['새벽 미션']);
    expect(await notices(child.id, '새벽 미션')).toHaveLength(1);
    await travelTo(start, 8);
    expect((await cron()).data).toEqual({ announced: 0 });
    expect(await notices(child.id, '새벽 미션')).toHaveLength(1);
  });

  it('today\'s missions are announced at creation only; a deleted scheduled mission never; one moved to today at once', async () => {
    const { circleId, parent, child } = await makeFamily();
    const today = (await parent.client.json(missions(circleId), 'GET')).data.today as string;
    await create(parent, circleId, { childId: child.id, title: '이불 개기' });
    await expect.poll(() => notices(child.id, '이불 개기').then((n) => n.length)).toBe(1);
    const dropped = await create(parent, circleId, { childId: child.id, title: '취소될 미션', startsOn: addDays(today, 1) });
    expect((await parent.client.json(`${missions(circleId)}/${dropped.id}`, 'DELETE')).status).toBe(200);
    const moved = await create(parent, circleId, { childId: child.id, title: '앞당긴 미션', startsOn: addDays(today, 3) });
    expect(await notices(child.id, '앞당긴 미션')).toEqual([]);
    expect((await parent.client.json(`${missions(circleId)}/${moved.id}`, 'PATCH', { startsOn: today })).status).toBe(200);
    expect(await notices(child.id, '앞당긴 미션')).toHaveLength(1);

    await travelTo(addDays(today, 1), 9);
    expect((await cron()).status).toBe(200);
    await child.client.json(missions(circleId), 'GET');
    expect(await notices(child.id, '이불 개기')).toHaveLength(1);
    expect(await notices(child.id, '취소될 미션')).toEqual([]);
    expect(await notices(child.id, '앞당긴 미션')).toHaveLength(1);
  });

  it('a mission moved from today to a later day is announced again on that day', async () => {
    const { circleId, parent, child } = await makeFamily();
    const today = (await parent.client.json(missions(circleId), 'GET')).data.today as string;
    const m = await create(parent, circleId, { childId: child.id, title: '미룬 미션' });
    await expect.poll(() => notices(child.id, '미룬 미션').then((n) => n.length)).toBe(1);
    expect((await parent.client.json(`${missions(circleId)}/${m.id}`, 'PATCH', { startsOn: addDays(today, 2) })).status).toBe(200);
    await travelTo(addDays(today, 1), 9);
    expect((await cron()).data).toEqual({ announced: 0 });
    await travelTo(addDays(today, 2), 9);
    expect((await cron()).data).toEqual({ announced: 1 });
    expect(await notices(child.id, '미룬 미션')).toHaveLength(2);
  });
});

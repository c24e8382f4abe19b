// Missions against the running server: creating and validating, dates as real rules
// (scheduled missions, daily and weekly runs as the server clock moves), photos,
// approval that gives grapes exactly once, rejection and resubmission, who may do what,
// suggestions (offline rotation and the AI provider's fallback) and the calendar.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClockOffset } from '@/lib/clock';
import { channels } from '@/lib/realtime/channels';
import { kv } from '@/lib/kv';
import { addDays, weekdayOf } from '@/lib/missions/schedule';
import { matchingPool, OfflineRecommender } from '@/lib/missions/suggestions/offline';
import { OpenAiCompatibleProvider } from '@/lib/missions/suggestions/openai';
import { cacheKey, suggestWith } from '@/lib/missions/suggestions/service';
import { Client, newUser } from '../helpers/client';
import { makeImage } from '../helpers/images';
import { listen, type Listener } from '../helpers/realtime';
import { makeFamily, moveServerClock, startBoard, type User } from '../helpers/family';
import { rowsRead } from '../helpers/rows-read';

const DAY = 24 * 60 * 60 * 1000;
const open: Listener[] = [];

afterEach(async () => {
  for (const l of open.splice(0)) l.close();
  await moveServerClock(0);
  setClockOffset(0);
});

afterAll(async () => {
  await moveServerClock(0);
  await db.$disconnect();
});

const url = (circleId: string, rest = '') => `/api/families/${circleId}/missions${rest}`;
const list = async (u: User, circleId: string) => {
  const res = await u.client.json(url(circleId), 'GET');
  expect(res.status).toBe(200);
  return res.data;
};
async function create(parent: User, circleId: string, body: Record<string, unknown>) {
  const res = await parent.client.json(url(circleId), 'POST', body);
  expect(res.status, JSON.stringify(res.data)).toBe(201);
  return res.data as { mission: Record<string, any>; run: Record<string, any> | null }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const runPath = (circleId: string, missionId: string, day: string, step: string) => url(circleId, `/${missionId}/runs/${day}/${step}`);
const submit = (u: User, circleId: string, missionId: string, day: string) => u.client.json(runPath(circleId, missionId, day, 'submit'), 'POST');
const approve = (u: User, circleId: string, missionId: string, day: string) => u.client.json(runPath(circleId, missionId, day, 'approve'), 'POST');
const reject = (u: User, circleId: string, missionId: string, day: string, reason: string) =>
  u.client.json(runPath(circleId, missionId, day, 'reject'), 'POST', { reason });
const titles = (runs: { mission: { title: string } }[]) => runs.map((r) => r.mission.title);

async function submitPhoto(u: User, path: string, bytes: Uint8Array, name: string, type: string) {
  const form = new FormData();
  form.append('photo', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await u.client.fetch(path, { method: 'POST', body: form });
  return { status: res.status, data: await res.json() };
}

describe('creating missions', () => {
  it('a parent sets a mission for a child: defaults, today\'s run, an event and a notification for the child', async () => {
    const { circleId, parent, child } = await makeFamily();
    const live = await listen(child.client, channels.user(child.id));
    open.push(live);
    const { mission, run } = await create(parent, circleId, { childId: child.id, title: '  이불 개기 ', description: '아침에 이불을 개요.' });
    expect(mission).toMatchObject({ title: '이불 개기', reward: 1, repeat: 'NONE', scheduled: false, childId: child.id });
    expect(run).toMatchObject({ status: 'TODO', day: mission.startsOn });
    const event = (await live.waitFor('mission-changed')) as { mission: unknown; run: unknown };
    expect(event.mission).toEqual(mission);
    expect(event.run).toEqual(run);
    const mine = await list(child, circleId);
    expect(titles(mine.todo)).toEqual(['이불 개기']);
    expect(mine.scheduled).toEqual([]);
    const notes = (await child.client.json('/api/notifications', 'GET')).data.notifications;
    expect(notes[0]).toMatchObject({ kind: 'mission', title: '새 미션이 생겼어요', url: `/circles/${circleId}/missions` });
  });

  it('refuses bad input with a readable 422 and writes nothing', async () => {
    const { circleId, parent, child } = await makeFamily();
    const outsider = await newUser();
    const today = (await list(parent, circleId)).today;
    const cases: [Record<string, unknown>, string][] = [
      [{ childId: child.id, title: '' }, '미션 이름을 적어 주세요.'],
      [{ childId: child.id, title: '가'.repeat(61) }, '미션 이름은 60자까지 쓸 수 있어요.'],
      [{ childId: child.id, title: 'x', description: '가'.repeat(501) }, '설명은 500자까지 쓸 수 있어요.'],
      [{ childId: child.id, title: 'x', reward: 0 }, '포도알 보상은 1개부터 10개까지예요.'],
      [{ childId: child.id, title: 'x', reward: 11 }, '포도알 보상은 1개부터 10개까지예요.'],
      [{ childId: child.id, title: 'x', reward: 1.5 }, '포도알 보상은 1개부터 10개까지예요.'],
      [{ childId: child.id, title: 'x', startsOn: addDays(today, -1) }, '시작 날짜는 오늘이나 그 뒤로 골라 주세요.'],
      [{ childId: child.id, title: 'x', startsOn: '2026-02-30' }, '시작 날짜가 올바르지 않아요.'],
      [{ childId: child.id, title: 'x', startsOn: addDays(today, 3), dueOn: addDays(today, 2) }, '마감 날짜는 시작 날짜와 같거나 그 뒤여야 해요.'],
      [{ childId: child.id, title: 'x', repeat: 'WEEKLY', weekdays: [] }, '반복할 요일을 하나 이상 골라 주세요.'],
      [{ childId: child.id, title: 'x', repeat: 'WEEKLY', weekdays: [7] }, '요일을 다시 골라 주세요.'],
      [{ childId: child.id, title: 'x', repeat: 'MONTHLY' }, '반복 방법을 골라 주세요.'],
      [{ childId: parent.id, title: 'x' }, '이 가족의 아이를 골라 주세요.'],
      [{ childId: outsider.id, title: 'x' }, '이 가족의 아이를 골라 주세요.'],
      [{ title: 'x' }, '이 가족의 아이를 골라 주세요.'],
    ];
    for (const [body, message] of cases) {
      const res = await parent.client.json(url(circleId), 'POST', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.data.error.message, JSON.stringify(body)).toBe(message);
    }
    expect((await parent.client.json(url(circleId), 'POST', '{"title":')).status).toBe(400);
    expect(await db.mission.count({ where: { circleId } })).toBe(0);
  });
});

describe('dates are rules', () => {
  it('a scheduled mission stays invisible to the child until the server clock reaches its day', async () => {
    const { circleId, parent, child } = await makeFamily();
    const live = await listen(child.client, channels.user(child.id));
    open.push(live);
    const today = (await list(parent, circleId)).today;
    const { mission, run } = await create(parent, circleId, { childId: child.id, title: '토요일 대청소', startsOn: addDays(today, 2), reward: 3 });
    expect(mission.scheduled).toBe(true);
    expect(run).toBeNull();
    // Its content does not travel to the child's screen early, and no notification spoils it.
    expect(await live.waitFor('mission-changed')).toEqual({ circleId, missionId: mission.id, childId: child.id, mission: null, run: null });
    expect((await child.client.json('/api/notifications', 'GET')).data.notifications).toEqual([]);
    expect((await list(parent, circleId)).scheduled.map((m: { title: string }) => m.title)).toEqual(['토요일 대청소']);

    for (const offset of [0, 1]) {
      await moveServerClock(offset * DAY);
      const mine = await list(child, circleId);
      expect(mine.todo.concat(mine.awaiting, mine.done)).toEqual([]);
      expect(mine.scheduled).toEqual([]);
      expect((await submit(child, circleId, mission.id, addDays(today, 2))).status).toBe(404);
    }
    expect(await db.missionRun.count({ where: { missionId: mission.id } })).toBe(0);

    await moveServerClock(2 * DAY);
    const mine = await list(child, circleId);
    expect(mine.today).toBe(addDays(today, 2));
    expect(titles(mine.todo)).toEqual(['토요일 대청소']);
    expect((await list(parent, circleId)).scheduled).toEqual([]);
    expect((await submit(child, circleId, mission.id, addDays(today, 2))).status).toBe(200);
  });

  it('daily and weekday repetition make one run per matching day, created only when that day is looked at', async () => {
    const { circleId, parent, child } = await makeFamily();
    const today = (await list(parent, circleId)).today;
    const daily = (await create(parent, circleId, { childId: child.id, title: '양치 3분', repeat: 'DAILY', dueOn: addDays(today, 1) })).mission;
    const weekly = (await create(parent, circleId, { childId: child.id, title: '분리수거', repeat: 'WEEKLY', weekdays: [weekdayOf(addDays(today, 1))] })).mission;
    const seen: Record<number, string[]> = {};
    for (const offset of [0, 1, 2]) {
      await moveServerClock(offset * DAY);
      seen[offset] = titles((await list(child, circleId)).todo).sort();
      // Looking twice the same day creates nothing more.
      await list(child, circleId);
    }
    expect(seen).toEqual({ 0: ['양치 3분'], 1: ['분리수거', '양치 3분'], 2: [] });
    const days = async (missionId: string) => (await db.missionRun.findMany({ where: { missionId }, orderBy: { day: 'asc' } })).map((r) => r.day.toISOString().slice(0, 10));
    expect(await days(daily.id)).toEqual([today, addDays(today, 1)]);
    expect(await days(weekly.id)).toEqual([addDays(today, 1)]);
    // A day the mission does not fall on cannot be submitted.
    expect((await submit(child, circleId, weekly.id, addDays(today, 2))).status).toBe(409);
    // Eight days on, the weekly one is back; nothing was made for the days in between.
    await moveServerClock(8 * DAY);
    expect(titles((await list(child, circleId)).todo)).toEqual(['분리수거']);
    expect(await days(weekly.id)).toEqual([addDays(today, 1), addDays(today, 8)]);
  });
});

describe('doing, approving, rejecting', () => {
  it('the child submits with a photo; a spoofed, unsupported or oversized file is refused and nothing changes', async () => {
    const { circleId, parent, child } = await makeFamily();
    const outsider = await newUser();
    const { mission, run } = await create(parent, circleId, { childId: child.id, title: '식물에 물 주기' });
    const path = runPath(circleId, mission.id, run!.day, 'submit');
    const spoofed = await submitPhoto(child, path, new TextEncoder().encode('not really a jpeg at all'), 'photo.jpg', 'image/jpeg');
    expect(spoofed.status).toBe(415);
    expect(spoofed.data.error.message).toBe('JPG, PNG, WebP 사진만 올릴 수 있어요. 다른 사진을 골라 주세요.');
    expect((await submitPhoto(child, path, await makeImage('gif'), 'a.gif', 'image/gif')).status).toBe(415);
    expect((await submitPhoto(child, path, new Uint8Array(10 * 1024 * 1024 + 1), 'big.png', 'image/png')).status).toBe(413);
    expect((await db.missionRun.findUniqueOrThrow({ where: { id: run!.id } })).status).toBe('TODO');

    const ok = await submitPhoto(child, path, await makeImage('png', 800, 600), 'photo.png', 'image/png');
    expect(ok.status).toBe(200);
    expect(ok.data.run).toMatchObject({ status: 'SUBMITTED', photo: { url: expect.stringContaining('/photo') } });
    const thumb = await parent.client.fetch(ok.data.run.photo.thumbUrl);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await outsider.client.fetch(ok.data.run.photo.url)).status).toBe(404);
    expect((await new Client().fetch(ok.data.run.photo.url)).status).toBe(401);
    const parents = await list(parent, circleId);
    expect(parents.awaiting.map((r: { id: string }) => r.id)).toEqual([run!.id]);
    const notes = (await parent.client.json('/api/notifications', 'GET')).data.notifications;
    expect(notes[0]).toMatchObject({ kind: 'mission', title: '승인을 기다리는 미션이 있어요' });
  });

  it('concurrent approvals by two parents give the reward exactly once, inside the board\'s limits', async () => {
    const { circleId, parents, child } = await makeFamily({ parents: 2 });
    const boardId = await startBoard(circleId, parents[0], child, 10);
    const { mission, run } = await create(parents[0], circleId, { childId: child.id, title: '방 청소', reward: 3 });
    expect((await submit(child, circleId, mission.id, run!.day)).status).toBe(200);
    const boardLive = await listen(child.client, channels.circle(circleId));
    open.push(boardLive);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => approve(parents[i % 2], circleId, mission.id, run!.day)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const won = results.find((r) => r.status === 200)!;
    expect(won.data).toMatchObject({ grapesGiven: 3, shortfall: null, run: { status: 'APPROVED', grapesGiven: 3 } });
    expect(results.find((r) => r.status === 409)!.data.error.message).toBe('이미 승인된 미션이에요. 승인된 미션은 바꿀 수 없어요.');
    expect((await db.board.findUniqueOrThrow({ where: { id: boardId } })).given).toBe(3);
    expect(await db.grapeEvent.count({ where: { missionRunId: run!.id } })).toBe(1);
    // The child's open board hears about the grapes.
    expect(((await boardLive.waitFor('board')) as { board: { given: number } }).board.given).toBe(3);
    const mine = await list(child, circleId);
    expect(mine.done).toHaveLength(1);
    expect(mine.done[0].grapesGiven).toBe(3);
    const notes = (await child.client.json('/api/notifications', 'GET')).data.notifications;
    expect(notes[0]).toMatchObject({ title: '미션 승인! 포도알 3개', url: `/circles/${circleId}/board` });
  });

  it('approve racing reject decides once; grapes only if approval won', async () => {
    const { circleId, parents, child } = await makeFamily({ parents: 2 });
    const boardId = await startBoard(circleId, parents[0], child, 10);
    for (let i = 0; i < 3; i++) {
      const { mission, run } = await create(parents[0], circleId, { childId: child.id, title: `경주 ${i}`, reward: 2 });
      await submit(child, circleId, mission.id, run!.day);
      const before = (await db.board.findUniqueOrThrow({ where: { id: boardId } })).given;
      const [a, r] = await Promise.all([approve(parents[0], circleId, mission.id, run!.day), reject(parents[1], circleId, mission.id, run!.day, '다시')]);
      expect([a.status, r.status].sort()).toEqual([200, 409]);
      const after = (await db.board.findUniqueOrThrow({ where: { id: boardId } })).given;
      const status = (await db.missionRun.findUniqueOrThrow({ where: { id: run!.id } })).status;
      expect(status).toBe(a.status === 200 ? 'APPROVED' : 'REJECTED');
      expect(after - before).toBe(a.status === 200 ? 2 : 0);
    }
  });

  it('without an open board approval still succeeds and says no grapes were given; a nearly full board gets what fits', async () => {
    const { circleId, parent, child } = await makeFamily();
    const first = await create(parent, circleId, { childId: child.id, title: '신발 정리', reward: 2 });
    await submit(child, circleId, first.mission.id, first.run!.day);
    const none = await approve(parent, circleId, first.mission.id, first.run!.day);
    expect(none.status).toBe(200);
    expect(none.data).toMatchObject({ grapesGiven: 0, shortfall: 'no_board', run: { status: 'APPROVED', grapesGiven: 0 } });
    expect((await child.client.json('/api/notifications', 'GET')).data.notifications[0].title).toBe('미션이 승인됐어요');

    const boardId = await startBoard(circleId, parent, child, 10);
    expect((await parent.client.json(`/api/families/${circleId}/boards/${boardId}/grapes`, 'POST', { count: 9 })).status).toBe(200);
    const second = await create(parent, circleId, { childId: child.id, title: '설거지', reward: 3 });
    await submit(child, circleId, second.mission.id, second.run!.day);
    const partial = await approve(parent, circleId, second.mission.id, second.run!.day);
    expect(partial.data).toMatchObject({ grapesGiven: 1, shortfall: 'board_full' });
    expect((await db.board.findUniqueOrThrow({ where: { id: boardId } })).given).toBe(10);
  });

  it('a rejection goes back to the child with its reason; the child resubmits and it can be approved', async () => {
    const { circleId, parent, child } = await makeFamily();
    const { mission, run } = await create(parent, circleId, { childId: child.id, title: '책 20분 읽기' });
    const day = run!.day;
    expect((await reject(parent, circleId, mission.id, day, '아직')).status).toBe(409);
    await submit(child, circleId, mission.id, day);
    for (const reason of ['', '   ', '가'.repeat(201)]) expect((await reject(parent, circleId, mission.id, day, reason)).status).toBe(422);
    expect((await db.missionRun.findUniqueOrThrow({ where: { id: run!.id } })).status).toBe('SUBMITTED');
    const res = await reject(parent, circleId, mission.id, day, '끝까지 읽고 다시 알려 줘');
    expect(res.status).toBe(200);
    const mine = await list(child, circleId);
    expect(mine.todo[0]).toMatchObject({ status: 'REJECTED', rejectReason: '끝까지 읽고 다시 알려 줘' });
    const note = (await child.client.json('/api/notifications', 'GET')).data.notifications[0];
    expect(note).toMatchObject({ title: '미션을 다시 해 볼까요?', body: '‘책 20분 읽기’: 끝까지 읽고 다시 알려 줘' });
    expect((await submit(child, circleId, mission.id, day)).data.run.status).toBe('SUBMITTED');
    expect((await approve(parent, circleId, mission.id, day)).status).toBe(200);
    expect((await submit(child, circleId, mission.id, day)).status).toBe(409);
  });

  it('edit and delete work until approval; a repeating mission deleted later keeps its approved history', async () => {
    const { circleId, parent, child } = await makeFamily();
    const once = await create(parent, circleId, { childId: child.id, title: '빨래 개기' });
    const edited = await parent.client.json(url(circleId, `/${once.mission.id}`), 'PATCH', { title: '빨래 개고 넣기', reward: 2 });
    expect(edited.data.mission).toMatchObject({ title: '빨래 개고 넣기', reward: 2 });
    expect((await parent.client.json(url(circleId, `/${once.mission.id}`), 'PATCH', {})).status).toBe(422);
    await submit(child, circleId, once.mission.id, once.run!.day);
    await approve(parent, circleId, once.mission.id, once.run!.day);
    const late = await parent.client.json(url(circleId, `/${once.mission.id}`), 'PATCH', { title: '바꿀래' });
    expect(late.status).toBe(409);
    expect((await parent.client.json(url(circleId, `/${once.mission.id}`), 'DELETE')).status).toBe(409);
    expect((await db.mission.findUniqueOrThrow({ where: { id: once.mission.id } })).title).toBe('빨래 개고 넣기');

    const daily = await create(parent, circleId, { childId: child.id, title: '물 다섯 컵', repeat: 'DAILY' });
    await submit(child, circleId, daily.mission.id, daily.run!.day);
    await approve(parent, circleId, daily.mission.id, daily.run!.day);
    await moveServerClock(DAY);
    expect(titles((await list(child, circleId)).todo)).toEqual(['물 다섯 컵']);
    expect((await parent.client.json(url(circleId, `/${daily.mission.id}`), 'DELETE')).status).toBe(200);
    const after = await list(child, circleId);
    expect(after.todo).toEqual([]);
    expect(titles(after.done).sort()).toEqual(['물 다섯 컵', '빨래 개고 넣기']);
    expect((await db.mission.findUniqueOrThrow({ where: { id: daily.mission.id } })).deletedAt).not.toBeNull();
  });
});

describe('who may do what', () => {
  it('children cannot set or decide; parents and siblings cannot submit; outsiders get 404 and anonymous callers 401', async () => {
    const { circleId, parent, child, kids } = await makeFamily({ children: 2 });
    const outsider = await newUser();
    const { mission, run } = await create(parent, circleId, { childId: child.id, title: '숙제 끝내기' });
    const day = run!.day;
    const childCreate = await child.client.json(url(circleId), 'POST', { childId: child.id, title: '내 맘대로' });
    expect(childCreate.status).toBe(403);
    expect(childCreate.data.error.message).toBe('미션은 부모만 만들고, 고치고, 지울 수 있어요.');
    expect((await child.client.json(url(circleId, `/${mission.id}`), 'PATCH', { reward: 10 })).status).toBe(403);
    expect((await child.client.json(url(circleId, `/${mission.id}`), 'DELETE')).status).toBe(403);
    const parentSubmit = await submit(parent, circleId, mission.id, day);
    expect(parentSubmit.status).toBe(403);
    expect(parentSubmit.data.error.message).toBe('미션을 받은 아이만 완료할 수 있어요.');
    expect((await submit(kids[1], circleId, mission.id, day)).status).toBe(403);
    expect((await list(kids[1], circleId)).todo).toEqual([]);
    await submit(child, circleId, mission.id, day);
    const childApprove = await approve(child, circleId, mission.id, day);
    expect(childApprove.status).toBe(403);
    expect(childApprove.data.error.message).toBe('미션 승인과 반려는 부모만 할 수 있어요.');
    expect((await reject(child, circleId, mission.id, day, '싫어')).status).toBe(403);
    expect((await child.client.json(`/api/families/${circleId}/suggestions`, 'POST', { age: 7, place: 'home', area: 'chores' })).status).toBe(403);

    const routes: [string, string, unknown?][] = [
      ['GET', url(circleId)],
      ['POST', url(circleId), { childId: child.id, title: 'x' }],
      ['PATCH', url(circleId, `/${mission.id}`), { title: 'x' }],
      ['DELETE', url(circleId, `/${mission.id}`)],
      ['POST', runPath(circleId, mission.id, day, 'submit')],
      ['POST', runPath(circleId, mission.id, day, 'approve')],
      ['POST', runPath(circleId, mission.id, day, 'reject'), { reason: 'x' }],
      ['GET', runPath(circleId, mission.id, day, 'photo')],
      ['POST', `/api/families/${circleId}/suggestions`, { age: 7, place: 'home', area: 'chores' }],
      ['GET', `/api/families/${circleId}/calendar`],
    ];
    for (const [method, path, body] of routes) {
      expect((await outsider.client.json(path, method, body)).status, `${method} ${path}`).toBe(404);
      expect((await new Client().json(path, method, body)).status, `anon ${method} ${path}`).toBe(401);
    }
    expect((await parent.client.json(url(circleId, '/not-an-id/runs/2026-01-01/approve'), 'POST')).status).toBe(404);
    expect((await parent.client.json(url(circleId, `/${mission.id}/runs/2026-02-30/approve`), 'POST')).status).toBe(404);
    expect((await db.missionRun.findUniqueOrThrow({ where: { id: run!.id } })).status).toBe('SUBMITTED');
  });
});

describe('suggestions', () => {
  const ask = (u: User, circleId: string, body: unknown) => u.client.json(`/api/families/${circleId}/suggestions`, 'POST', body);

  it('gives five from the catalog, never repeating for a family until every match was shown', async () => {
    const { circleId, parent } = await makeFamily();
    const q = { age: 7, place: 'home', area: 'chores' } as const;
    const pool = matchingPool(q).map((m) => m.id);
    const rounds = Math.floor(pool.length / 5);
    const seen: string[] = [];
    for (let i = 0; i < rounds; i++) {
      const res = await ask(parent, circleId, q);
      expect(res.status).toBe(200);
      expect(res.data.source).toBe('catalog');
      expect(res.data.suggestions).toHaveLength(5);
      seen.push(...res.data.suggestions.map((s: { id: string }) => s.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    const next = (await ask(parent, circleId, q)).data.suggestions.map((s: { id: string }) => s.id);
    expect(new Set(next).size).toBe(5);
    // The last unseen ones come first; only then does it start over.
    const unseen = pool.filter((id) => !seen.includes(id));
    expect(next.slice(0, unseen.length).sort()).toEqual(unseen.sort());
    expect(next.every((id: string) => pool.includes(id))).toBe(true);
    // Another family starts from a fresh rotation.
    const other = await makeFamily();
    expect((await ask(other.parent, other.circleId, q)).data.suggestions).toHaveLength(5);
  });

  it('a suggestion is added as a mission with one request', async () => {
    const { circleId, parent, child } = await makeFamily();
    const [s] = (await ask(parent, circleId, { age: 4, place: 'outside', area: 'kindness' })).data.suggestions;
    const { mission } = await create(parent, circleId, { childId: child.id, title: s.title, description: s.description, reward: s.reward });
    expect(mission).toMatchObject({ title: s.title, reward: s.reward });
  });

  it.each([
    [{ age: 2, place: 'home', area: 'chores' }, '나이는 3살부터 15살까지 고를 수 있어요.'],
    [{ age: 16, place: 'home', area: 'chores' }, '나이는 3살부터 15살까지 고를 수 있어요.'],
    [{ age: 7, place: 'moon', area: 'chores' }, '장소를 골라 주세요.'],
    [{ age: 7, place: 'home', area: 'sleeping' }, '분야를 골라 주세요.'],
  ])('refuses %j', async (body, message) => {
    const { circleId, parent } = await makeFamily();
    const res = await ask(parent, circleId, body);
    expect(res.status).toBe(422);
    expect(res.data.error.message).toBe(message);
    expect(await db.suggestionSeen.count({ where: { circleId } })).toBe(0);
  });

  it('the AI provider answers when valid (and is cached per age, place and area); anything else falls back to the catalog', async () => {
    const { circleId } = await makeFamily();
    const five = Array.from({ length: 5 }, (_, i) => ({ title: `AI 미션 ${i}`, description: '설명', reward: 2 }));
    let calls = 0;
    const fetchWith = (body: string, status = 200) =>
      (async () => {
        calls += 1;
        return new Response(body, { status, headers: { 'content-type': 'application/json' } });
      }) as unknown as typeof fetch;
    const completion = (content: string) => JSON.stringify({ choices: [{ message: { content } }] });
    const store = await kv();
    const deps = (f: typeof fetch) => ({ ai: new OpenAiCompatibleProvider({ baseUrl: 'https://ai.invalid/v1', apiKey: 'k', model: 'm' }, f), offline: new OfflineRecommender(), kv: store });
    const q = { age: 9, place: 'school', area: 'study' } as const;
    await store.del(cacheKey(q));

    const good = await suggestWith(deps(fetchWith(completion(JSON.stringify({ suggestions: five })))), q, circleId);
    expect(good.source).toBe('ai');
    expect(good.suggestions.map((s) => s.title)).toEqual(five.map((s) => s.title));
    // Cached: the next ask for the same age, place and area does not call the model again.
    const before = calls;
    expect((await suggestWith(deps(fetchWith('broken')), q, circleId)).suggestions).toEqual(good.suggestions);
    expect(calls).toBe(before);

    const other = { age: 10, place: 'home', area: 'health' } as const;
    for (const f of [
      fetchWith(completion('추천: 줄넘기, 산책...')),
      fetchWith(completion(JSON.stringify({ suggestions: five.slice(0, 2) }))),
      fetchWith(completion(JSON.stringify({ suggestions: five.map((s) => ({ ...s, reward: 99 })) }))),
      fetchWith('{}', 503),
      (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch,
    ]) {
      await store.del(cacheKey(other));
      const res = await suggestWith(deps(f), other, circleId);
      expect(res.source).toBe('catalog');
      expect(res.suggestions).toHaveLength(5);
    }
    expect(await store.get(cacheKey(other))).toBeNull();
  });
});

describe('family calendar', () => {
  it('counts grapes, approved missions and gifts per Korean day, for one child or all', async () => {
    const { circleId, parent, child, kids } = await makeFamily({ children: 2 });
    const boardId = await startBoard(circleId, parent, child, 10);
    const today = (await list(parent, circleId)).today;
    for (const [title, reward] of [['이 닦기', 2], ['책 읽기', 3]] as const) {
      const { mission, run } = await create(parent, circleId, { childId: child.id, title, reward });
      await submit(child, circleId, mission.id, run!.day);
      expect((await approve(parent, circleId, mission.id, run!.day)).status).toBe(200);
    }
    // Fill the rest by hand, attach all ten, give the gift.
    expect((await parent.client.json(`/api/families/${circleId}/boards/${boardId}/grapes`, 'POST', { count: 5 })).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await child.client.json(`/api/families/${circleId}/boards/${boardId}/attach`, 'POST')).status).toBe(200);
    expect((await parent.client.json(`/api/families/${circleId}/boards/${boardId}/gift`, 'POST')).status).toBe(200);

    const cal = async (u: User, query = '') => (await u.client.json(`/api/families/${circleId}/calendar${query}`, 'GET')).data;
    const all = await cal(parent, `?month=${today.slice(0, 7)}`);
    expect(all.days).toEqual([{ day: today, grapes: 10, missions: 2, gifts: [{ boardId, childId: child.id, wishName: '레고 시티 소방서' }] }]);
    expect(all.totals).toEqual({ grapes: 10, missions: 2, gifts: 1 });
    expect((await cal(parent, `?childId=${kids[1].id}`)).days).toEqual([]);
    expect((await cal(child)).days).toHaveLength(1);
    // A child sees only their own, whatever they ask for.
    expect((await cal(kids[1], `?childId=${child.id}`)).days).toEqual([]);
    const prev = await cal(parent, `?month=${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}`);
    expect(prev.days).toEqual([]);
    expect((await parent.client.json(`/api/families/${circleId}/calendar?month=2026-13`, 'GET')).status).toBe(422);

    // Tomorrow's approvals land on tomorrow.
    await moveServerClock(DAY);
    const { mission, run } = await create(parent, circleId, { childId: child.id, title: '내일 미션' });
    await submit(child, circleId, mission.id, run!.day);
    await approve(parent, circleId, mission.id, run!.day);
    const tomorrow = addDays(today, 1);
    const later = await cal(parent, `?month=${tomorrow.slice(0, 7)}`);
    expect(later.days.find((d: { day: string }) => d.day === tomorrow)).toMatchObject({ grapes: 0, missions: 1 });
  });
});

describe('lists stay small as missions pile up', () => {
  it('finished missions (approved one-offs, repeating ones past their last day) are not read for the lists or Home', async () => {
    const { circleId, parent, child } = await makeFamily();
    const live = await create(parent, circleId, { childId: child.id, title: '오늘 할 일' });
    const daily = await create(parent, circleId, { childId: child.id, title: '매일 양치', repeat: 'DAILY' });
    // Years of history, written directly: approved one-offs and repeating missions that ended.
    const longAgo = new Date(Date.now() - 400 * DAY);
    const base = { circleId, childId: child.id, createdById: parent.id, createdAt: longAgo, startsOn: longAgo, assignedNotifiedAt: longAgo };
    const history = async (n: number) => {
      const oneOffs = await db.mission.createManyAndReturn({ data: Array.from({ length: n }, (_, i) => ({ ...base, title: `끝난 일 ${i}` })), select: { id: true } });
      await db.missionRun.createMany({ data: oneOffs.map((m) => ({ missionId: m.id, day: longAgo, status: 'APPROVED' as const, decidedAt: longAgo })) });
      await db.mission.createMany({ data: Array.from({ length: n }, (_, i) => ({ ...base, title: `끝난 반복 ${i}`, repeat: 'DAILY' as const, dueAt: new Date(longAgo.getTime() + 30 * DAY) })) });
    };
    // More approved runs than the done list shows (50), so more history cannot lengthen it.
    await history(60);
    const seen = await list(parent, circleId);
    expect(seen.active.map((m: { id: string }) => m.id).sort()).toEqual([live.mission.id, daily.mission.id].sort());
    expect(titles(seen.todo).sort()).toEqual(['매일 양치', '오늘 할 일']);
    expect(seen.done).toHaveLength(50);

    // In this process, counting the rows the database sends: 60 more finished missions add none.
    const { listMissions } = await import('@/lib/missions/service');
    const { getFamilySummary } = await import('@/lib/board/summary');
    const before = await rowsRead(() => listMissions(parent.id, circleId));
    const homeBefore = await rowsRead(() => getFamilySummary(parent.id, circleId));
    await history(30);
    const after = await rowsRead(() => listMissions(parent.id, circleId));
    expect(after.result.active).toHaveLength(2);
    expect(after.rows).toBe(before.rows);
    // Home counts what is to do: the done list is not read either.
    const home = await rowsRead(() => getFamilySummary(parent.id, circleId));
    expect(home.result.children[0].missions).toEqual({ todo: 2, awaiting: 0 });
    expect(home.rows).toBe(homeBefore.rows);
    expect(home.rows).toBeLessThan(40);
  });
});

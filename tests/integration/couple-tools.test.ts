// Couple word ranking and calendar against the running server: counts after send and
// delete, exclusions shared by both partners, the 7-day window in Korea time, events,
// D-Days across midnight KST, anniversaries, birthdays, the iCalendar feed parsed back,
// and outsiders kept out of every new route.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { db } from '@/lib/db';
import { moveServerClock } from '../helpers/family';
import { Client, newUser } from '../helpers/client';
import { eventually, makeCouple, say, settle, type User } from '../helpers/couple';
import { makeFamily } from '../helpers/family';

afterEach(() => moveServerClock(0));
afterAll(() => db.$disconnect());

type Ranking = { user: { id: string }; words: { rank: number; word: string; count: number }[] };
const words = async (u: User, circleId: string, top = 5) => {
  const res = await u.client.json(`/api/circles/${circleId}/words?top=${top}`, 'GET');
  expect(res.status).toBe(200);
  return res.data as { from: string; to: string; rankings: Ranking[]; excluded: { word: string; isDefault: boolean }[] };
};
/** A couple whose questions are off, so no question gates the lines these tests send. */
async function quietCouple() {
  const c = await makeCouple();
  expect((await c.a.client.json(`/api/circles/${c.circleId}/couple`, 'PATCH', { questionFrequency: 'OFF' })).status).toBe(200);
  const send = async (u: User, body: string) => {
    const res = await say(u, c.roomId, body);
    expect(res.status, body).toBe(201);
    return res;
  };
  return { ...c, send };
}
const rankOf = async (u: User, circleId: string, who: string) => (await words(u, circleId, 10)).rankings.find((r) => r.user.id === who)!.words;

/** Server clock so that "now" is the given instant. */
const travelTo = (iso: string) => moveServerClock(Date.parse(iso) - Date.now());

describe('word ranking', () => {
  it('counts each partner\'s nouns as they chat, takes a deleted message back, and ranks the top N', async () => {
    const { a, b, circleId, roomId, send } = await quietCouple();
    await send(a, '나는 운동갔다가 저녁 먹고 쉬려고!');
    await send(a, '어제 운동 가는 길에 길고양이 봤는데 너무 귀엽더라');
    const del = await send(a, '영화 영화 영화 보자');
    await send(b, '고양이랑 강아지 중에 강아지');
    // Counting runs after each send in the background: wait for both partners' last lines.
    await eventually(async () => (await rankOf(a, circleId, b.id)).some((w) => w.word === '강아지'));
    const top = await eventually(async () => {
      const r = await rankOf(b, circleId, a.id);
      return r.some((w) => w.word === '영화') && r;
    });
    expect(top[0]).toEqual({ rank: 1, word: '영화', count: 3 });
    expect(top[1]).toMatchObject({ rank: 2, word: '운동', count: 2 });
    expect((await rankOf(a, circleId, b.id))[0]).toMatchObject({ word: '강아지', count: 2 });
    // Top 3 is at most three per person.
    expect((await words(a, circleId, 3)).rankings.every((r) => r.words.length <= 3)).toBe(true);

    expect((await a.client.json(`/api/rooms/${roomId}/messages/${del.data.message.id}`, 'DELETE')).status).toBe(200);
    const after = await eventually(async () => {
      const r = await rankOf(a, circleId, a.id);
      return !r.some((w) => w.word === '영화') && r;
    });
    expect(after[0]).toMatchObject({ rank: 1, word: '운동', count: 2 });
    expect(await db.wordCount.count({ where: { circleId, word: '영화' } })).toBe(0);
  });

  it('exclusions apply to both partners at once; restoring brings a word back; default stop words can be restored', async () => {
    const { a, b, circleId, send } = await quietCouple();
    await send(a, '운동 운동 오늘 오늘 오늘');
    await eventually(async () => (await rankOf(a, circleId, a.id)).length > 0);
    // 오늘 is a default stop word: excluded until someone restores it.
    expect((await rankOf(a, circleId, a.id)).map((w) => w.word)).toEqual(['운동']);
    expect((await words(a, circleId)).excluded).toContainEqual({ word: '오늘', isDefault: true });

    expect((await b.client.json(`/api/circles/${circleId}/words/exclusions`, 'POST', { word: '운동' })).status).toBe(200);
    expect(await rankOf(a, circleId, a.id)).toEqual([]);
    expect((await words(a, circleId)).excluded[0]).toEqual({ word: '운동', isDefault: false });
    expect((await a.client.json(`/api/circles/${circleId}/words/exclusions?word=${encodeURIComponent('운동')}`, 'DELETE')).status).toBe(200);
    expect((await rankOf(b, circleId, a.id)).map((w) => w.word)).toEqual(['운동']);
    expect((await a.client.json(`/api/circles/${circleId}/words/exclusions?word=${encodeURIComponent('오늘')}`, 'DELETE')).status).toBe(200);
    expect((await rankOf(b, circleId, a.id)).map((w) => `${w.word}:${w.count}`)).toEqual(['오늘:3', '운동:2']);
    expect((await words(a, circleId)).excluded.some((e) => e.word === '오늘')).toBe(false);
  });

  it('ranks the last seven Korean days only', async () => {
    const { a, circleId, send } = await quietCouple();
    // 14:30 UTC is 23:30 on 1 March in Korea: the message counts for 1 March.
    await travelTo('2027-03-01T14:30:00Z');
    await send(a, '여행 가고 싶다');
    await eventually(async () => (await rankOf(a, circleId, a.id)).length > 0);
    expect((await db.wordCount.findFirst({ where: { circleId, word: '여행' } }))?.day.toISOString().slice(0, 10)).toBe('2027-03-01');
    // 7 March 23:59 KST: still inside (1–7 March).
    await travelTo('2027-03-07T14:59:00Z');
    expect((await rankOf(a, circleId, a.id)).map((w) => w.word)).toEqual(['여행']);
    // 8 March 00:00 KST: 1 March has left the window.
    await travelTo('2027-03-07T15:00:00Z');
    const w = await words(a, circleId);
    expect(w.from).toBe('2027-03-02');
    expect(w.to).toBe('2027-03-08');
    expect(w.rankings.find((r) => r.user.id === a.id)!.words).toEqual([]);
  });

  it('refuses bad input and stores nothing', async () => {
    const { a, circleId } = await makeCouple();
    expect((await a.client.json(`/api/circles/${circleId}/words?top=7`, 'GET')).status).toBe(422);
    expect((await a.client.json(`/api/circles/${circleId}/words?top=abc`, 'GET')).status).toBe(422);
    for (const body of [{ word: 'ㄱ'.repeat(200) }, { word: '' }, { word: 'a\u0000' }, {}, { word: ['x'] }]) {
      expect((await a.client.json(`/api/circles/${circleId}/words/exclusions`, 'POST', body)).status, JSON.stringify(body).slice(0, 30)).toBe(422);
    }
    expect((await a.client.json(`/api/circles/${circleId}/words/exclusions`, 'DELETE')).status).toBe(422);
    expect(await db.coupleWordRule.count({ where: { circleId } })).toBe(0);
  });
});

type EventDto = { id: string; title: string; date: string; time: string | null; isDDay: boolean; dDayLabel: string | null; createdBy: { id: string } };
const addEvent = (u: User, circleId: string, body: Record<string, unknown>) => u.client.json(`/api/circles/${circleId}/couple-events`, 'POST', body);
const month = async (u: User, circleId: string, m?: string) => {
  const res = await u.client.json(`/api/circles/${circleId}/couple-events${m ? `?month=${m}` : ''}`, 'GET');
  expect(res.status).toBe(200);
  return res.data as { month: string; today: string; events: EventDto[]; anniversaries: { day: string; kind: string; n: number; user?: { id: string } }[] };
};

describe('couple calendar', () => {
  it('events of both partners, several on a day, edit and delete, visible to both', async () => {
    const { a, b, circleId } = await makeCouple();
    await travelTo('2027-05-10T03:00:00Z');
    for (const [u, title, time] of [[a, '점심', '12:30'], [b, '영화', '19:00'], [a, '산책', null]] as const) {
      expect((await addEvent(u, circleId, { title, date: '2027-05-20', time })).status).toBe(201);
    }
    expect((await addEvent(b, circleId, { title: '여행', date: '2027-06-02', memo: '제주' })).status).toBe(201);
    const may = await month(a, circleId);
    expect(may.month).toBe('2027-05');
    expect(may.events.map((e) => e.title)).toEqual(['산책', '점심', '영화']);
    expect(may.events.find((e) => e.title === '영화')!.createdBy.id).toBe(b.id);
    const june = await month(b, circleId, '2027-06');
    expect(june.events.map((e) => e.title)).toEqual(['여행']);

    const walk = may.events.find((e) => e.title === '산책')!;
    const edited = await b.client.json(`/api/circles/${circleId}/couple-events/${walk.id}`, 'PATCH', { title: '한강 산책', time: '08:00' });
    expect(edited.status).toBe(200);
    expect(edited.data.event).toMatchObject({ title: '한강 산책', time: '08:00' });
    expect((await a.client.json(`/api/circles/${circleId}/couple-events/${walk.id}`, 'DELETE')).status).toBe(200);
    expect((await month(b, circleId, '2027-05')).events.map((e) => e.title)).toEqual(['점심', '영화']);
    expect((await a.client.json(`/api/circles/${circleId}/couple-events/${walk.id}`, 'DELETE')).status).toBe(404);
  });

  it('D-Day labels change at midnight in Korea, and the home shows the nearest ones', async () => {
    const { a, circleId } = await makeCouple();
    await travelTo('2028-02-28T14:59:00Z'); // 23:59 on 28 Feb 2028 in Seoul (a leap year)
    await addEvent(a, circleId, { title: '시험', date: '2028-03-01', isDDay: true });
    await addEvent(a, circleId, { title: '콘서트', date: '2028-02-28', isDDay: true });
    await addEvent(a, circleId, { title: '만난 날', date: '2028-02-20', isDDay: true });
    await addEvent(a, circleId, { title: '그냥 일정', date: '2028-03-05' });
    const labels = async () => Object.fromEntries((await a.client.json(`/api/circles/${circleId}/couple`, 'GET')).data.couple.dDays.map((d: { title: string; label: string }) => [d.title, d.label]));
    expect(await labels()).toEqual({ 시험: 'D-2', 콘서트: 'D-Day', '만난 날': 'D+8' });
    const order = (await a.client.json(`/api/circles/${circleId}/couple`, 'GET')).data.couple.dDays.map((d: { title: string }) => d.title);
    expect(order).toEqual(['콘서트', '시험', '만난 날']);
    await travelTo('2028-02-28T15:00:00Z'); // 00:00 on 29 Feb in Seoul
    expect(await labels()).toEqual({ 시험: 'D-1', 콘서트: 'D+1', '만난 날': 'D+9' });
    expect((await month(a, circleId, '2028-03')).events.find((e) => e.title === '시험')!.dDayLabel).toBe('D-1');
  });

  it('our start date: days together, computed anniversaries and birthdays', async () => {
    const { a, b, circleId } = await makeCouple();
    await travelTo('2027-04-10T01:00:00Z');
    expect((await b.client.json(`/api/circles/${circleId}/couple`, 'PATCH', { startDate: '2027-01-01' })).status).toBe(200);
    const home = (await a.client.json(`/api/circles/${circleId}/couple`, 'GET')).data.couple;
    expect(home.startDate).toBe('2027-01-01');
    expect(home.daysTogether).toBe(100);
    expect((await month(a, circleId, '2027-04')).anniversaries).toEqual([{ day: '2027-04-10', kind: 'days', n: 100 }]);
    expect((await month(a, circleId, '2028-01')).anniversaries).toEqual([{ day: '2028-01-01', kind: 'years', n: 1 }]);
    expect((await month(a, circleId, '2029-09')).anniversaries.map((x) => `${x.day}:${x.n}`)).toEqual(['2029-09-26:1000']);
    expect(await db.coupleEvent.count({ where: { circleId } })).toBe(0);

    expect((await b.client.json('/api/profiles/me', 'PUT', { birthday: '2000-02-29' })).status).toBe(200);
    const feb = await month(a, circleId, '2027-02');
    expect(feb.anniversaries).toEqual([{ day: '2027-02-28', kind: 'birthday', n: 27, user: expect.objectContaining({ id: b.id }) }]);
    for (const birthday of ['2001-02-29', '1899-12-31', 'yesterday']) {
      expect((await b.client.json('/api/profiles/me', 'PUT', { birthday })).status).toBe(422);
    }
  });

  it('exports an iCalendar feed behind an unguessable token that can be reset', async () => {
    const { a, b, circleId } = await makeCouple();
    await travelTo('2027-04-10T01:00:00Z');
    await a.client.json(`/api/circles/${circleId}/couple`, 'PATCH', { startDate: '2027-01-01' });
    await addEvent(a, circleId, { title: '저녁; 약속, 강남', date: '2027-04-20', time: '19:30', memo: '두 줄\n메모' });
    await addEvent(a, circleId, { title: '여행', date: '2027-05-01', isDDay: true });
    const { path } = (await b.client.json(`/api/circles/${circleId}/calendar-feed`, 'GET')).data;
    expect(path).toMatch(/^\/api\/calendar-feeds\/[A-Za-z0-9_-]{32}$/);
    expect((await a.client.json(`/api/circles/${circleId}/calendar-feed`, 'GET')).data.path).toBe(path);

    const res = await new Client().fetch(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const dinner = events.find((e) => e.summary === '저녁; 약속, 강남')!;
    expect(dinner.description).toBe('두 줄\n메모');
    expect(dinner.startDate.toJSDate().toISOString()).toBe('2027-04-20T10:30:00.000Z');
    const trip = events.find((e) => e.summary.startsWith('여행'))!;
    expect(trip.startDate.isDate).toBe(true);
    expect(trip.startDate.toString()).toBe('2027-05-01');
    expect(events.find((e) => e.summary === '100일')!.startDate.toString()).toBe('2027-04-10');
    expect(events.find((e) => e.summary === '1주년')!.startDate.toString()).toBe('2028-01-01');

    const reset = await a.client.json(`/api/circles/${circleId}/calendar-feed`, 'POST');
    expect(reset.data.path).not.toBe(path);
    expect((await new Client().fetch(path)).status).toBe(404);
    expect((await new Client().fetch(reset.data.path)).status).toBe(200);
    expect((await new Client().fetch('/api/calendar-feeds/short')).status).toBe(404);
  });

  it('refuses bad events with a clear 4xx and stores nothing', async () => {
    const { a, circleId } = await makeCouple();
    const bad = [
      { title: '', date: '2026-03-01' }, { title: 'x', date: '2026-02-30' }, { title: 'x', date: '2026-13-01' }, { title: 'x' },
      { title: 'x', date: '2026-03-01', time: '25:00' }, { title: 'ㄱ'.repeat(61), date: '2026-03-01' }, { title: 'a\u0000', date: '2026-03-01' },
      { title: 'x', date: '2026-03-01', memo: 'm'.repeat(501) }, { title: 'x', date: '2026-03-01', isDDay: 'yes' },
    ];
    for (const body of bad) expect((await addEvent(a, circleId, body)).status, JSON.stringify(body).slice(0, 50)).toBe(422);
    expect((await a.client.json(`/api/circles/${circleId}/couple-events?month=2026-13`, 'GET')).status).toBe(422);
    expect(await db.coupleEvent.count({ where: { circleId } })).toBe(0);
  });
});

describe('who may use a couple\'s tools', () => {
  it('outsiders (a stranger, another couple, a family) get 404 on every route; anonymous callers 401', async () => {
    const { a, circleId, roomId } = await makeCouple();
    await say(a, roomId, '운동 좋아해');
    const q = await eventually(async () => (await a.client.json(`/api/circles/${circleId}/couple`, 'GET')).data.couple.openQuestion);
    const ev = (await addEvent(a, circleId, { title: '우리 일정', date: '2027-01-01' })).data.event;
    const other = await makeCouple();
    const fam = await makeFamily({ children: 1 });
    const stranger = await newUser();
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/circles/${circleId}/couple`],
      ['PATCH', `/api/circles/${circleId}/couple`, { questionFrequency: 'OFF' }],
      ['GET', `/api/circles/${circleId}/questions`],
      ['GET', `/api/circles/${circleId}/questions/${q.id}`],
      ['POST', `/api/circles/${circleId}/questions/${q.id}/answers`, { body: '내가 답할래' }],
      ['GET', `/api/circles/${circleId}/words`],
      ['POST', `/api/circles/${circleId}/words/exclusions`, { word: '운동' }],
      ['DELETE', `/api/circles/${circleId}/words/exclusions?word=x`],
      ['GET', `/api/circles/${circleId}/couple-events`],
      ['POST', `/api/circles/${circleId}/couple-events`, { title: '침입', date: '2027-01-02' }],
      ['PATCH', `/api/circles/${circleId}/couple-events/${ev.id}`, { title: '바꿈' }],
      ['DELETE', `/api/circles/${circleId}/couple-events/${ev.id}`],
      ['GET', `/api/circles/${circleId}/calendar-feed`],
      ['POST', `/api/circles/${circleId}/calendar-feed`],
    ];
    for (const [who, u] of [['stranger', stranger], ['other couple', other.a], ['family parent', fam.parent]] as const) {
      for (const [method, path, body] of routes) {
        expect((await u.client.json(path, method, body)).status, `${who} ${method} ${path}`).toBe(404);
      }
    }
    for (const [method, path, body] of routes) {
      expect((await new Client().json(path, method, body)).status, `anonymous ${method} ${path}`).toBe(401);
    }
    // Another couple's question and event ids do not reach through this couple's routes either.
    expect((await other.a.client.json(`/api/circles/${other.circleId}/questions/${q.id}`, 'GET')).status).toBe(404);
    expect((await other.a.client.json(`/api/circles/${other.circleId}/couple-events/${ev.id}`, 'DELETE')).status).toBe(404);
    // A family's circle is not a couple: its own members get 404 on couple routes.
    expect((await fam.parent.client.json(`/api/circles/${fam.circleId}/couple`, 'GET')).status).toBe(404);
    expect((await fam.parent.client.json(`/api/circles/${fam.circleId}/words`, 'GET')).status).toBe(404);
    // Nothing changed.
    expect(await db.coupleAnswer.count({ where: { coupleQuestionId: q.id } })).toBe(0);
    expect(await db.coupleEvent.findUnique({ where: { id: ev.id } })).toMatchObject({ title: '우리 일정' });
    expect(await db.coupleWordRule.count({ where: { circleId } })).toBe(0);
    expect((await db.coupleSettings.findUnique({ where: { circleId } }))?.questionFrequency ?? 'ALWAYS').toBe('ALWAYS');
    await settle();
  });
});

// Family screens (issue 13) against the running server: the child attaches every
// waiting grape in one request (validated, capped by what waits, one event for the
// lot, safe under concurrent taps), and only the board's child may; a call's
// notification stops offering to answer once the call is answered, declined or missed.
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser } from '../helpers/client';
import { makeFamily, moveServerClock, startBoard, type User } from '../helpers/family';
import { db } from '@/lib/db';

afterAll(async () => {
  await moveServerClock(0);
  await db.$disconnect();
});

const base = (circleId: string) => `/api/families/${circleId}`;
const give = (u: User, circleId: string, boardId: string, count: number) => u.client.json(`${base(circleId)}/boards/${boardId}/grapes`, 'POST', { count });
const attach = (u: User | Client, circleId: string, boardId: string, body?: unknown) =>
  ('client' in u ? u.client : u).json(`${base(circleId)}/boards/${boardId}/attach`, 'POST', body);
const stored = (boardId: string) => db.board.findUniqueOrThrow({ where: { id: boardId } });
const attachedEvents = (boardId: string) => db.grapeEvent.findMany({ where: { boardId, kind: 'ATTACHED' }, orderBy: { createdAt: 'asc' } });

describe('attaching waiting grapes at once', () => {
  it("one request attaches every waiting grape; the board's gift time comes with the last", async () => {
    const f = await makeFamily();
    const boardId = await startBoard(f.circleId, f.parent, f.child, 31);
    expect((await give(f.parent, f.circleId, boardId, 28)).status).toBe(200);
    const one = await attach(f.child, f.circleId, boardId);
    expect(one.data.board).toMatchObject({ given: 28, attached: 1, status: 'ACTIVE' });
    const all = await attach(f.child, f.circleId, boardId, { count: 'all' });
    expect(all.status).toBe(200);
    expect(all.data.board).toMatchObject({ given: 28, attached: 28, status: 'ACTIVE' });
    expect((await attachedEvents(boardId)).map((e) => [e.count, e.actorId])).toEqual([[1, f.child.id], [27, f.child.id]]);
    expect((await attach(f.child, f.circleId, boardId, { count: 'all' })).status).toBe(409);
    await give(f.parent, f.circleId, boardId, 3);
    const last = await attach(f.child, f.circleId, boardId, { count: 'all' });
    expect(last.data.board).toMatchObject({ attached: 31, status: 'GIFT_TIME', fullAt: expect.any(String) });
  });

  it('a number is capped by what waits; bad counts are refused and change nothing', async () => {
    const f = await makeFamily();
    const boardId = await startBoard(f.circleId, f.parent, f.child, 10);
    await give(f.parent, f.circleId, boardId, 3);
    for (const count of [0, -1, 51, 2.5, '3', 'some', null, true]) {
      const res = await attach(f.child, f.circleId, boardId, { count });
      expect(res.status, String(count)).toBe(422);
      expect(res.data.error.code).toBe('validation_failed');
    }
    expect(await stored(boardId)).toMatchObject({ given: 3, attached: 0 });
    expect((await attach(f.child, f.circleId, boardId, { count: 5 })).data.board).toMatchObject({ attached: 3 });
    expect((await attachedEvents(boardId)).map((e) => e.count)).toEqual([3]);
  });

  it('only the board’s own child attaches; outsiders get 404, anonymous callers 401', async () => {
    const f = await makeFamily({ children: 2 });
    const boardId = await startBoard(f.circleId, f.parent, f.kids[0], 10);
    await give(f.parent, f.circleId, boardId, 4);
    const outsider = await newUser();
    expect((await attach(f.parent, f.circleId, boardId, { count: 'all' })).status).toBe(403);
    expect((await attach(f.kids[1], f.circleId, boardId, { count: 'all' })).status).toBe(403);
    expect((await attach(outsider, f.circleId, boardId, { count: 'all' })).status).toBe(404);
    expect((await attach(new Client(), f.circleId, boardId, { count: 'all' })).status).toBe(401);
    expect(await stored(boardId)).toMatchObject({ given: 4, attached: 0 });
  });

  it('concurrent "all" taps and single taps never attach more than was given', async () => {
    const f = await makeFamily();
    const boardId = await startBoard(f.circleId, f.parent, f.child, 20);
    await give(f.parent, f.circleId, boardId, 20);
    const bodies = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? { count: 'all' } : i % 3 === 1 ? { count: 4 } : undefined));
    const results = await Promise.all(bodies.map((b) => attach(f.child, f.circleId, boardId, b)));
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const board = await stored(boardId);
    expect(board).toMatchObject({ given: 20, attached: 20, status: 'GIFT_TIME' });
    const events = await attachedEvents(boardId);
    expect(events.reduce((n, e) => n + e.count, 0)).toBe(20);
    expect(events).toHaveLength(results.filter((r) => r.status === 200).length);
  });
});

describe('call notifications settle with the call', () => {
  it('answered and declined calls leave read notifications saying so; a missed one stays unread as missed', async () => {
    const f = await makeFamily();
    const roomId = (await f.parent.client.json(`/api/circles/${f.circleId}`, 'GET')).data.circle.roomId as string;
    const calls = `/api/rooms/${roomId}/calls`;
    const ring = async () => (await f.parent.client.json(calls, 'POST', {})).data.call.id as string;
    const notes = () => db.notification.findMany({ where: { userId: f.child.id, url: `/chat/${roomId}` }, orderBy: { createdAt: 'asc' } });

    const first = await ring();
    expect((await notes()).map((n) => [n.kind, n.body, !!n.readAt])).toEqual([['call', '탭해서 받기', false]]);
    expect((await f.child.client.json(`${calls}/${first}/accept`, 'POST', {})).status).toBe(200);
    await expect.poll(async () => (await notes()).map((n) => [n.kind, n.body, !!n.readAt])).toEqual([['call.answered', '받은 영상통화', true]]);
    await f.child.client.json(`${calls}/${first}/hangup`, 'POST', {});

    const second = await ring();
    expect((await f.child.client.json(`${calls}/${second}/decline`, 'POST', {})).status).toBe(200);
    await expect.poll(async () => (await notes()).map((n) => [n.kind, !!n.readAt])).toEqual([['call.answered', true], ['call.declined', true]]);

    await ring();
    await moveServerClock(31_000);
    expect((await f.child.client.json(calls, 'GET')).data.call).toBeNull();
    await expect.poll(async () => (await notes()).map((n) => [n.kind, n.body, !!n.readAt])).toEqual([
      ['call.answered', '받은 영상통화', true],
      ['call.declined', '거절한 영상통화', true],
      ['call.missed', '받지 않은 영상통화', false],
    ]);
    // The caller never had a ringing notification to settle.
    expect(await db.notification.count({ where: { userId: f.parent.id, url: `/chat/${roomId}` } })).toBe(0);
    await moveServerClock(0);
  });
});

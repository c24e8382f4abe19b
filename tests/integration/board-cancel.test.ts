// Cancelling a board started by mistake, against the running server: the board leaves
// the child's open slot (never a gift), its wish returns to the wishlist, open screens
// hear it, a new board can start; grapes already given stay in the calendar. Only the
// family's parents may cancel; a given gift is final; racing taps decide once.
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { Client, newUser } from '../helpers/client';
import { listen } from '../helpers/realtime';
import { makeFamily, type User } from '../helpers/family';

afterAll(async () => {
  await db.$disconnect();
});

const base = (circleId: string) => `/api/families/${circleId}`;
const cancel = (u: { client: Client }, circleId: string, boardId: string) => u.client.json(`${base(circleId)}/boards/${boardId}/cancel`, 'POST');
const give = (u: User, circleId: string, boardId: string, count = 1) => u.client.json(`${base(circleId)}/boards/${boardId}/grapes`, 'POST', { count });

async function wishAndBoard(circleId: string, parent: User, child: User, goal = 10) {
  const wish = await child.client.json(`${base(circleId)}/wishes`, 'POST', { name: `선물 ${Math.random().toString(36).slice(2, 8)}` });
  expect(wish.status).toBe(201);
  const board = await parent.client.json(`${base(circleId)}/boards`, 'POST', { wishId: wish.data.wish.id, goal });
  expect(board.status).toBe(201);
  return { wishId: wish.data.wish.id as string, boardId: board.data.board.id as string };
}

const boards = async (u: User, circleId: string) => (await u.client.json(`${base(circleId)}/boards`, 'GET')).data;
const wishStatus = async (u: User, circleId: string, wishId: string) =>
  (await u.client.json(`${base(circleId)}/wishes`, 'GET')).data.children[0].wishes.find((w: { id: string }) => w.id === wishId)?.status;
const calendarToday = async (u: User, circleId: string) => {
  const cal = (await u.client.json(`${base(circleId)}/calendar`, 'GET')).data;
  return cal.days.find((d: { day: string }) => d.day === cal.today) ?? { grapes: 0, gifts: [] };
};

describe('board: cancelling a board started by mistake', () => {
  it('leaves the open slot, returns the wish, tells open screens, keeps the grapes in the calendar; a new board can start', async () => {
    const { circleId, parent, child } = await makeFamily();
    const { wishId, boardId } = await wishAndBoard(circleId, parent, child);
    expect((await give(parent, circleId, boardId, 3)).status).toBe(200);
    const live = await listen(child.client, channels.circle(circleId));
    try {
      const res = await cancel(parent, circleId, boardId);
      expect(res.status).toBe(200);
      expect(res.data.board).toMatchObject({ id: boardId, status: 'CANCELLED', given: 3, cancelledAt: expect.any(String), giftGivenAt: null, wish: { id: wishId, status: 'WISHED', givenAt: null } });
      const event = (await live.waitFor('board')) as { board: { id: string; status: string }; change: { kind: string } };
      expect(event.change.kind).toBe('cancelled');
      expect(event.board).toEqual(res.data.board);
    } finally {
      live.close();
    }
    for (const u of [parent, child]) {
      const seen = await boards(u, circleId);
      expect(seen.children[0].board).toBeNull();
      expect(seen.history).toEqual([]);
      expect(await wishStatus(u, circleId, wishId)).toBe('WISHED');
    }
    // Earned grapes stay in the calendar; a cancelled board is not a gift.
    expect(await calendarToday(parent, circleId)).toMatchObject({ grapes: 3, gifts: [] });
    // The slot is free: the same wish (or another) starts a new board from zero.
    const again = await parent.client.json(`${base(circleId)}/boards`, 'POST', { wishId, goal: 12 });
    expect(again.status).toBe(201);
    expect(again.data.board).toMatchObject({ given: 0, goal: 12, status: 'ACTIVE', wish: { id: wishId, status: 'ON_BOARD' } });
    // Grapes and gifts go nowhere near the cancelled board any more.
    expect((await give(parent, circleId, boardId)).data.error.message).toContain('취소된 포도판');
  });

  it('the child may then remove the returned wish; the grapes earned on it stay in the calendar', async () => {
    const { circleId, parent, child } = await makeFamily();
    const { wishId, boardId } = await wishAndBoard(circleId, parent, child);
    await give(parent, circleId, boardId, 2);
    expect((await cancel(parent, circleId, boardId)).status).toBe(200);
    expect((await child.client.json(`${base(circleId)}/wishes/${wishId}`, 'DELETE')).status).toBe(200);
    expect(await wishStatus(child, circleId, wishId)).toBeUndefined();
    expect((await child.client.json(`${base(circleId)}/wishes/${wishId}`, 'DELETE')).status).toBe(404);
    expect((await parent.client.json(`${base(circleId)}/boards`, 'POST', { wishId })).status).toBe(404);
    expect(await calendarToday(child, circleId)).toMatchObject({ grapes: 2 });
  });

  it('only parents cancel: a child gets 403, outsiders and other families 404, anonymous 401; nothing changes', async () => {
    const { circleId, parent, child } = await makeFamily();
    const { boardId } = await wishAndBoard(circleId, parent, child);
    const byChild = await cancel(child, circleId, boardId);
    expect(byChild.status).toBe(403);
    expect(byChild.data.error.message).toBe('포도판은 부모만 취소할 수 있어요.');
    const outsider = await newUser();
    expect((await cancel(outsider, circleId, boardId)).status).toBe(404);
    // A parent of another family, through their own family's id: still not found.
    const other = await makeFamily();
    expect((await cancel(other.parent, other.circleId, boardId)).status).toBe(404);
    expect((await cancel({ client: new Client() }, circleId, boardId)).status).toBe(401);
    expect((await boards(parent, circleId)).children[0].board).toMatchObject({ id: boardId, status: 'ACTIVE' });
  });

  it('bad ids are 404, a given gift cannot be cancelled (409), a second cancel is 409; never a 500, nothing changes', async () => {
    const { circleId, parent, child } = await makeFamily();
    for (const bad of ['nope', '..%2F..', 'x'.repeat(300), "a' OR 1=1"]) {
      expect((await cancel(parent, circleId, encodeURIComponent(bad))).status).toBe(404);
      expect((await cancel(parent, encodeURIComponent(bad), 'c0123456789abcdefghijklm')).status).toBe(404);
    }
    const get = await parent.client.json(`${base(circleId)}/boards/c0123456789abcdefghijklm/cancel`, 'GET');
    expect(get.status).toBe(405);

    const { wishId, boardId } = await wishAndBoard(circleId, parent, child);
    await give(parent, circleId, boardId, 10);
    for (let i = 0; i < 10; i++) expect((await child.client.json(`${base(circleId)}/boards/${boardId}/attach`, 'POST')).status).toBe(200);
    expect((await parent.client.json(`${base(circleId)}/boards/${boardId}/gift`, 'POST')).status).toBe(200);
    const late = await cancel(parent, circleId, boardId);
    expect(late.status).toBe(409);
    expect(late.data.error.message).toBe('이미 선물을 준 포도판은 취소할 수 없어요.');
    expect(await wishStatus(parent, circleId, wishId)).toBe('GIVEN');
    expect((await boards(parent, circleId)).history.map((h: { id: string }) => h.id)).toEqual([boardId]);

    const second = await wishAndBoard(circleId, parent, child);
    expect((await cancel(parent, circleId, second.boardId)).status).toBe(200);
    const twice = await cancel(parent, circleId, second.boardId);
    expect(twice.status).toBe(409);
    expect(twice.data.error.code).toBe('conflict');
  });

  it('racing taps: ten cancels decide once; gives racing a cancel never land on it; restarts keep one open board', async () => {
    const { circleId, parents, child } = await makeFamily({ parents: 2 });
    const { boardId } = await wishAndBoard(circleId, parents[0], child, 50);
    const results = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => cancel(parents[i % 2], circleId, boardId)),
      ...Array.from({ length: 10 }, () => give(parents[1], circleId, boardId, 1)),
    ]);
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(statuses.slice(0, 10).filter((s) => s === 200)).toHaveLength(1);
    const stored = await db.board.findUniqueOrThrow({ where: { id: boardId } });
    const gaveOk = statuses.slice(10).filter((s) => s === 200).length;
    expect(stored).toMatchObject({ status: 'CANCELLED', given: gaveOk });
    const events = await db.grapeEvent.aggregate({ where: { boardId, kind: 'GIVEN' }, _sum: { count: true } });
    expect(events._sum.count ?? 0).toBe(gaveOk);

    // Two parents restart at once with two different wishes: exactly one board opens.
    const wishes = await Promise.all(['공룡', '자전거'].map((name) => child.client.json(`${base(circleId)}/wishes`, 'POST', { name })));
    const starts = await Promise.all(wishes.map((w, i) => parents[i].client.json(`${base(circleId)}/boards`, 'POST', { wishId: w.data.wish.id })));
    expect(starts.map((s) => s.status).sort()).toEqual([201, 409]);
    expect(await db.board.count({ where: { childId: child.id, status: { in: ['ACTIVE', 'GIFT_TIME'] } } })).toBe(1);
  });
});

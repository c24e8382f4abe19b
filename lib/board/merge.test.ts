import { describe, expect, it } from 'vitest';
import { mergeBoard, mergeWish } from './merge';
import type { BoardDto, BoardsDto, WishDto } from './schemas';

const kid = { id: 'kid1', displayName: '하늘', avatarUrl: null, deleted: false };
const wish = (over: Partial<WishDto> = {}): WishDto => ({
  id: 'w1', circleId: 'c1', childId: 'kid1', name: '레고', imageUrl: null, price: null, link: null, source: 'manual', sourceId: null,
  status: 'ON_BOARD', createdAt: '2026-11-01T00:00:00.000Z', givenAt: null, ...over,
});
const board = (over: Partial<BoardDto> = {}): BoardDto => {
  const b = { id: 'b1', circleId: 'c1', childId: 'kid1', goal: 10, given: 0, attached: 0, status: 'ACTIVE' as const, startedById: 'p1', createdAt: '2026-11-01T00:00:00.000Z', fullAt: null, giftGivenAt: null, cancelledAt: null, wish: wish(), ...over };
  return { ...b, version: b.given + b.attached + (b.status === 'DONE' || b.status === 'CANCELLED' ? 1 : 0), ...('version' in over ? { version: over.version! } : {}) };
};
const boards = (b: BoardDto | null, history: BoardDto[] = []): BoardsDto => ({ children: [{ child: kid, board: b }], history });

describe('mergeBoard', () => {
  it('applies newer copies and drops older ones that arrive late', () => {
    const three = mergeBoard(boards(board({ given: 2 })), board({ given: 3 }))!;
    expect(three.children[0].board?.given).toBe(3);
    expect(mergeBoard(three, board({ given: 2 }))).toBe(three);
  });

  it('moves a finished board to history and never brings it back', () => {
    const done = board({ given: 10, attached: 10, status: 'DONE', giftGivenAt: '2026-11-02T00:00:00.000Z' });
    const after = mergeBoard(boards(board({ given: 10, attached: 10, status: 'GIFT_TIME' })), done)!;
    expect(after.children[0].board).toBeNull();
    expect(after.history.map((h) => h.id)).toEqual(['b1']);
    expect(mergeBoard(after, board({ given: 10, attached: 9 }))).toBe(after);
    const next = mergeBoard(after, board({ id: 'b2', createdAt: '2026-11-03T00:00:00.000Z' }))!;
    expect(next.children[0].board?.id).toBe('b2');
  });

  it('a cancelled board leaves the open slot, stays out of history, and does not touch a newer board', () => {
    // Ids are unique in real life; cancelled ones are remembered, so these tests use their own.
    const cancelled = board({ id: 'b-cancelled', given: 3, status: 'CANCELLED', cancelledAt: '2026-11-02T00:00:00.000Z' });
    const after = mergeBoard(boards(board({ id: 'b-cancelled', given: 3 })), cancelled)!;
    expect(after.children[0].board).toBeNull();
    expect(after.history).toEqual([]);
    const restarted = boards(board({ id: 'b2', createdAt: '2026-11-03T00:00:00.000Z' }));
    expect(mergeBoard(restarted, cancelled)).toBe(restarted);
  });

  it('a stale copy of a cancelled board that arrives late never takes the slot back', () => {
    const id = 'b-cancel-late';
    const after = mergeBoard(boards(board({ id, given: 4 })), board({ id, given: 4, status: 'CANCELLED', cancelledAt: '2026-11-02T00:00:00.000Z' }))!;
    expect(after.children[0].board).toBeNull();
    // A give that raced the cancel, delivered afterwards.
    expect(mergeBoard(after, board({ id, given: 5 }))).toBe(after);
  });

  it('asks for a refetch (null) when the child is unknown', () => {
    expect(mergeBoard(boards(null), board({ childId: 'kid2' }))).toBeNull();
  });
});

describe('mergeWish', () => {
  it('adds new wishes first and never moves a status backwards', () => {
    const data = { children: [{ child: kid, wishes: [wish({ status: 'WISHED' })] }] };
    const on = mergeWish(data, wish({ status: 'ON_BOARD' }))!;
    expect(on.children[0].wishes[0].status).toBe('ON_BOARD');
    expect(mergeWish(on, wish({ status: 'WISHED' }))).toBe(on);
    expect(mergeWish(on, wish({ id: 'w2', status: 'WISHED' }))!.children[0].wishes.map((w) => w.id)).toEqual(['w2', 'w1']);
  });

  it('takes a wish back to WISHED only when its board was cancelled, never from GIVEN', () => {
    const on = { children: [{ child: kid, wishes: [wish({ status: 'ON_BOARD' })] }] };
    expect(mergeWish(on, wish({ status: 'WISHED' }), true)!.children[0].wishes[0].status).toBe('WISHED');
    const given = { children: [{ child: kid, wishes: [wish({ status: 'GIVEN' })] }] };
    expect(mergeWish(given, wish({ status: 'WISHED' }), true)).toBe(given);
  });
});

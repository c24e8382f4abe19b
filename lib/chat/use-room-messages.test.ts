import { describe, expect, it } from 'vitest';
import { contiguousUntil, seedState, timelineReducer } from './use-room-messages';
import type { MessageDto } from './schemas';

const at = (...seqs: number[]) => seqs.map((seq) => ({ seq }) as MessageDto);

describe('contiguousUntil', () => {
  it('is the newest seq when nothing is missing', () => {
    expect(contiguousUntil(at(4, 5, 6))).toBe(6);
    expect(contiguousUntil([])).toBe(0);
  });
  it('stops before the first hole, e.g. my own send after missed messages', () => {
    expect(contiguousUntil(at(4, 5, 8))).toBe(5);
    expect(contiguousUntil(at(1, 3, 4, 6))).toBe(1);
  });
});

describe('timelineReducer: reactions and replies', () => {
  const msg = (id: string, seq: number, extra: Partial<MessageDto> = {}) =>
    ({ id, seq, body: id, deleted: false, reactions: [], myReaction: null, replyTo: null, ...extra }) as MessageDto;
  const quote = { id: 'a', seq: 1, kind: 'TEXT' as const, senderName: '민아', body: 'a', fileName: null, deleted: false };
  const state = () => ({
    stored: [msg('a', 1, { myReaction: 'heart', reactions: [{ code: 'heart', count: 1 }] }), msg('b', 2, { replyTo: quote })],
    pending: [],
    hasMoreBefore: false, hasMoreAfter: false, loaded: true, error: null,
  });

  it('takes new counts; my own reaction changes only with `mine`', () => {
    const others = timelineReducer(state(), { type: 'reaction', messageId: 'a', reactions: [{ code: 'heart', count: 2 }] });
    expect(others.stored[0]).toMatchObject({ reactions: [{ code: 'heart', count: 2 }], myReaction: 'heart' });
    const mine = timelineReducer(others, { type: 'reaction', messageId: 'a', reactions: [{ code: 'heart', count: 1 }], mine: null });
    expect(mine.stored[0]).toMatchObject({ reactions: [{ code: 'heart', count: 1 }], myReaction: null });
  });

  it('a deleted message loses its reactions, and quotes of it say deleted with nothing of it left', () => {
    const s = timelineReducer(state(), { type: 'deleted', id: 'a' });
    expect(s.stored[0]).toMatchObject({ deleted: true, body: '', reactions: [], myReaction: null });
    expect(s.stored[1].replyTo).toEqual({ ...quote, senderName: null, body: '', deleted: true });
    // A reaction event arriving after the deletion does not bring counts back.
    expect(timelineReducer(s, { type: 'reaction', messageId: 'a', reactions: [{ code: 'sad', count: 1 }] }).stored[0].reactions).toEqual([]);
  });
});

describe('seedState: the server-rendered latest page', () => {
  it('starts loaded with the page in seq order, its "more before", nothing after', () => {
    const s = seedState({ messages: at(7, 5, 6), hasMoreBefore: true, hasMoreAfter: false });
    expect(s.stored.map((m) => m.seq)).toEqual([5, 6, 7]);
    expect(s).toMatchObject({ loaded: true, hasMoreBefore: true, hasMoreAfter: false, pending: [], error: null });
  });
  it('without a page, waits for the first fetch', () => {
    expect(seedState()).toMatchObject({ stored: [], loaded: false });
  });
  it('an empty room is loaded too (no spinner, no fetch)', () => {
    expect(seedState({ messages: [], hasMoreBefore: false, hasMoreAfter: false })).toMatchObject({ stored: [], loaded: true });
  });
});

import { describe, expect, it } from 'vitest';
import { clearOutbox, isTransientSendError, outboxOf, type OutboxItem } from './outbox';

function memoryStore() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    keys: () => [...m.keys()],
  };
}

const item = (clientId: string, roomId = 'room-1'): OutboxItem => ({ roomId, clientId, kind: 'TEXT', body: clientId, createdAt: new Date().toISOString() });

describe('the outbox on a shared device', () => {
  it('keeps each person’s queue apart: B opening the same room sees none of A’s messages', () => {
    const store = memoryStore();
    outboxOf('user-a', store).add(item('a-1'));
    outboxOf('user-a', store).add(item('a-2', 'room-2'));
    expect(outboxOf('user-b', store).forRoom('room-1')).toEqual([]);
    outboxOf('user-b', store).add(item('b-1'));
    expect(outboxOf('user-a', store).forRoom('room-1').map((i) => i.clientId)).toEqual(['a-1']);
    expect(outboxOf('user-b', store).forRoom('room-1').map((i) => i.clientId)).toEqual(['b-1']);
  });

  it('clearing one person’s queue (logout, 401) leaves the others', () => {
    const store = memoryStore();
    outboxOf('user-a', store).add(item('a-1'));
    outboxOf('user-b', store).add(item('b-1'));
    clearOutbox('user-a', store);
    expect(outboxOf('user-a', store).forRoom('room-1')).toEqual([]);
    expect(outboxOf('user-b', store).forRoom('room-1')).toHaveLength(1);
  });

  it('drops the old queue whose owner is unknown instead of sending it as whoever comes next', () => {
    const store = memoryStore();
    store.setItem('moa-outbox-v1', JSON.stringify([item('old')]));
    expect(outboxOf('user-b', store).forRoom('room-1')).toEqual([]);
    expect(store.keys()).not.toContain('moa-outbox-v1');
  });

  it('removes sent items and survives a corrupted entry', () => {
    const store = memoryStore();
    const box = outboxOf('user-a', store);
    box.add(item('a-1'));
    box.add(item('a-1'));
    box.add(item('a-2'));
    box.remove('a-1');
    expect(box.forRoom('room-1').map((i) => i.clientId)).toEqual(['a-2']);
    store.setItem('moa-outbox-v2:user-a', '{not json');
    expect(box.forRoom('room-1')).toEqual([]);
  });
});

describe('which failed sends wait and go again', () => {
  it('no answer, 408, 429 and 5xx wait; other refusals fail the message', () => {
    for (const status of [0, 408, 429, 500, 502, 503, 504]) expect(isTransientSendError(status), String(status)).toBe(true);
    for (const status of [400, 403, 404, 409, 413, 422]) expect(isTransientSendError(status), String(status)).toBe(false);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createBatcher, type WireEvent } from './batcher';

const ev = (name: string, channel = 'private-user-a') => ({ channel, name, data: { name } });

describe('createBatcher', () => {
  it('sends events published in the same turn together, ten per request, in order', async () => {
    const batches: WireEvent[][] = [];
    const publish = createBatcher(async (b) => void batches.push(b));
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => publish({ ...ev(`e${i}`), socketId: i === 0 ? '1.2' : undefined })));
    expect(results.every(Boolean)).toBe(true);
    expect(batches.map((b) => b.length)).toEqual([10, 2]);
    expect(batches.flat().map((e) => e.name)).toEqual(Array.from({ length: 12 }, (_, i) => `e${i}`));
    expect(batches[0][0].socket_id).toBe('1.2');
    expect(batches[0][1]).not.toHaveProperty('socket_id');
    // A later turn starts a new request.
    await publish(ev('later'));
    expect(batches).toHaveLength(3);
  });

  it('when the server refuses a batch (4xx), retries each event alone so one bad event fails alone', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sent: string[] = [];
    const publish = createBatcher(async (b) => {
      if (b.some((e) => e.name === 'too-big')) throw Object.assign(new Error('413'), { status: 413 });
      sent.push(...b.map((e) => e.name));
    });
    const [a, bad, c] = await Promise.all([publish(ev('a')), publish(ev('too-big')), publish(ev('c', 'private-room-x'))]);
    expect([a, bad, c]).toEqual([true, false, true]);
    expect(sent.sort()).toEqual(['a', 'c']);
  });

  it('an unreachable server fails the batch at once, without a retry per event, and every promise settles', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let calls = 0;
    const publish = createBatcher(async () => {
      calls++;
      throw new Error('connect ECONNREFUSED');
    });
    expect(await Promise.all([publish(ev('a')), publish(ev('b'))])).toEqual([false, false]);
    expect(calls).toBe(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { MIN_GAP_MS, createBatcher, type WireEvent } from './batcher';

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

  describe('under load', () => {
    const timers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'performance'] });

    it('events published within MIN_GAP_MS of the last request wait and share the next one', async () => {
      timers();
      try {
        const batches: string[][] = [];
        const publish = createBatcher(async (b) => void batches.push(b.map((e) => e.name)));
        const first = publish(ev('a'));
        await vi.advanceTimersByTimeAsync(0); // a quiet moment: a leaves after this turn
        expect(await first).toBe(true);
        expect(batches).toEqual([['a']]);
        const waiting = [publish(ev('b'))];
        await vi.advanceTimersByTimeAsync(1);
        waiting.push(publish(ev('c')));
        await vi.advanceTimersByTimeAsync(1);
        expect(batches).toHaveLength(1); // b and c still wait for the gap
        await vi.advanceTimersByTimeAsync(MIN_GAP_MS);
        expect(await Promise.all(waiting)).toEqual([true, true]);
        expect(batches).toEqual([['a'], ['b', 'c']]);
        // After a quiet spell the next event goes at once again.
        await vi.advanceTimersByTimeAsync(50);
        const late = publish(ev('d'));
        await vi.advanceTimersByTimeAsync(0);
        expect(await late).toBe(true);
        expect(batches.at(-1)).toEqual(['d']);
      } finally {
        vi.useRealTimers();
      }
    });

    it('a full batch does not wait for the gap', async () => {
      timers();
      try {
        const batches: string[][] = [];
        const publish = createBatcher(async (b) => void batches.push(b.map((e) => e.name)));
        const first = publish(ev('a'));
        await vi.advanceTimersByTimeAsync(0);
        await first;
        const ten = Array.from({ length: 10 }, (_, i) => publish(ev(`e${i}`)));
        await vi.advanceTimersByTimeAsync(0); // well inside the gap
        expect(batches).toHaveLength(2);
        expect(batches[1]).toHaveLength(10);
        expect(await Promise.all(ten)).toEqual(Array(10).fill(true));
      } finally {
        vi.useRealTimers();
      }
    });
  });
});

// Real tesseract workers (about a second to start each): the pool's limits, not the reading.
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createPool, type Pool } from './pool';

const image = () => sharp({ text: { text: '2026.12.06 19:30', width: 600, dpi: 200 } }).flatten({ background: '#fff' }).extend({ top: 40, bottom: 40, left: 40, right: 40, background: '#fff' }).png().toBuffer();

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('scan worker pool', () => {
  it('reads with one worker and reuses it; scans past the waiting line are refused as busy at once', async () => {
    pool = createPool({ size: 1, maxWaiting: 1, idleMs: 60_000, timeoutMs: 60_000 });
    const png = await image();
    const results = await Promise.allSettled([pool.recognize(png), pool.recognize(png), pool.recognize(png)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'unavailable', message: 'scan.errors.busy' });
    const page = (results[0] as PromiseFulfilledResult<Awaited<ReturnType<Pool['recognize']>>>).value;
    expect(page.text.replace(/\s/g, '')).toContain('2026');
    expect(pool.stats()).toEqual({ workers: 1, running: 0, waiting: 0 });
  }, 90_000);

  it('gives up on a scan that takes too long and replaces its worker', async () => {
    pool = createPool({ size: 1, maxWaiting: 1, idleMs: 60_000, timeoutMs: 1 });
    await expect(pool.recognize(await image())).rejects.toMatchObject({ code: 'unavailable' });
    expect(pool.stats().workers).toBe(0);
  }, 60_000);

  it('refuses a job whose turn comes after its deadline, and keeps the worker for the next', async () => {
    pool = createPool({ size: 1, maxWaiting: 2, idleMs: 60_000, timeoutMs: 60_000 });
    const png = await image();
    const [first, late] = await Promise.allSettled([pool.recognize(png), pool.recognize(png, {}, { deadline: Date.now() })]);
    expect(first.status).toBe('fulfilled');
    expect((late as PromiseRejectedResult).reason).toMatchObject({ code: 'unavailable', message: 'scan.errors.busy' });
    expect(pool.stats()).toEqual({ workers: 1, running: 0, waiting: 0 });
    expect((await pool.recognize(png, {}, { deadline: Date.now() + 60_000 })).text.replace(/\s/g, '')).toContain('2026');
  }, 90_000);

  it('asks a limit given as a function again when its last answer runs out', async () => {
    pool = createPool({ size: 1, maxWaiting: 1, idleMs: 60_000, timeoutMs: 60_000 });
    const png = await image();
    let asked = 0;
    // 5 ms at first (far less than a reading takes), then all the time it needs: read whole.
    const page = await pool.recognize(png, {}, { timeoutMs: () => (asked++ === 0 ? 5 : 60_000) });
    expect(asked).toBeGreaterThanOrEqual(2);
    expect(page.text.replace(/\s/g, '')).toContain('2026');
    await expect(pool.recognize(png, {}, { timeoutMs: () => 5 })).rejects.toMatchObject({ code: 'unavailable' });
    expect(pool.stats().workers).toBe(0);
  }, 90_000);

  it('gives up a job still running at its deadline, whatever its own limit', async () => {
    pool = createPool({ size: 1, maxWaiting: 1, idleMs: 60_000, timeoutMs: 60_000 });
    const png = await image();
    await pool.recognize(png);
    await expect(pool.recognize(png, {}, { timeoutMs: 60_000, deadline: Date.now() + 5 })).rejects.toMatchObject({ code: 'unavailable' });
    expect(pool.stats().workers).toBe(0);
  }, 90_000);

  it('runs as many jobs at once as it has workers', async () => {
    pool = createPool({ size: 2, maxWaiting: 2, idleMs: 60_000, timeoutMs: 60_000 });
    const png = await image();
    const jobs = [pool.recognize(png), pool.recognize(png), pool.recognize(png)];
    await new Promise((r) => setTimeout(r, 0));
    expect(pool.stats()).toEqual({ workers: 2, running: 2, waiting: 1 });
    await Promise.all(jobs);
    expect(pool.stats()).toEqual({ workers: 2, running: 0, waiting: 0 });
  }, 90_000);

  it('stops a worker left idle', async () => {
    pool = createPool({ size: 1, maxWaiting: 1, idleMs: 200, timeoutMs: 60_000 });
    await pool.recognize(await image());
    expect(pool.stats().workers).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(pool.stats().workers).toBe(0);
  }, 60_000);
});

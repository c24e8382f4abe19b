// The scan-level line: a scan sends several jobs to the pools at once, so how many scans
// may be under way is held here, not by the pools' own queues.
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setUnitEnv } from '@/tests/helpers/unit-env';

const pending: (() => void)[] = [];
vi.mock('./read', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./read')>()),
  // A scan that lasts until the test lets it finish.
  readTicket: () => new Promise((resolve) => pending.push(() => resolve({}))),
}));

let service: typeof import('./service');
beforeAll(async () => {
  setUnitEnv({ SCAN_WORKERS: '2' });
  service = await import('./service');
});

describe('scanTicket', () => {
  it('lets 4 scans per worker be under way, refuses the next as busy with Retry-After, and admits again once one ends', async () => {
    const jpeg = new Uint8Array(await sharp({ create: { width: 32, height: 32, channels: 3, background: '#fff' } }).jpeg().toBuffer());
    expect(service.maxScans()).toBe(8);
    const running = Array.from({ length: 8 }, () => service.scanTicket(jpeg, 'a.jpg'));
    await vi.waitFor(() => expect(pending).toHaveLength(8));
    await expect(service.scanTicket(jpeg, 'a.jpg')).rejects.toMatchObject({ code: 'unavailable', message: 'scan.errors.busy', details: { retryAfterSeconds: 5 } });
    pending.shift()!();
    await running[0];
    const again = service.scanTicket(jpeg, 'a.jpg');
    await vi.waitFor(() => expect(pending).toHaveLength(8));
    for (const done of pending.splice(0)) done();
    await Promise.all([...running.slice(1), again]);
  });
});

import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './local';
import { describeStorage } from './storage-suite';

describeStorage('local disk', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'moa-storage-'));
  return { storage: new LocalDiskStorage(root), close: async () => fs.rmSync(root, { recursive: true, force: true }) };
});

describe('local disk streaming', () => {
  it('is on disk while the stream is still coming, and a failed stream leaves no temp file', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'moa-storage-'));
    const s = new LocalDiskStorage(root);
    const dir = path.join(root, 'rooms/abc');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const body = (async function* () {
      yield new Uint8Array(256 * 1024).fill(1);
      await gate;
      yield new Uint8Array(10).fill(2);
    })();
    const writing = s.putStream('rooms/abc/big', body, 'application/octet-stream');
    // The first chunk reaches the temp file before the rest of the stream exists.
    await expect.poll(() => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')).map((f) => fs.statSync(path.join(dir, f)).size) : []), { timeout: 5000 }).toEqual([256 * 1024]);
    release();
    expect(await writing).toBe(256 * 1024 + 10);
    expect(fs.readdirSync(dir).sort()).toEqual(['big', 'big.type']);

    const failing = (async function* () {
      yield new Uint8Array(1000);
      throw new Error('cut');
    })();
    await expect(s.putStream('rooms/abc/cut', failing, 'text/plain')).rejects.toThrow('cut');
    expect(fs.readdirSync(dir).sort()).toEqual(['big', 'big.type']);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

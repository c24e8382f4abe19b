import { describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { LocalDiskStorage } from './local';

describe('LocalDiskStorage', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'moa-storage-'));
  const s = new LocalDiskStorage(root);

  it('stores, reads back with its type, and deletes', async () => {
    await s.put('rooms/abc/file-1', new TextEncoder().encode('hello'), 'text/plain');
    const got = await s.get('rooms/abc/file-1');
    expect(got?.contentType).toBe('text/plain');
    expect(got?.size).toBe(5);
    expect(await new Response(got!.body).text()).toBe('hello');
    await s.delete('rooms/abc/file-1');
    expect(await s.get('rooms/abc/file-1')).toBeNull();
    expect(await s.exists('rooms/abc/file-1')).toBe(false);
  });

  it('refuses keys that could escape its folder', async () => {
    for (const key of ['../etc/passwd', '/abs', 'a/../../b', 'a//b', '']) {
      await expect(s.put(key, new Uint8Array(), 'x')).rejects.toThrow(/unsafe/);
    }
  });
});

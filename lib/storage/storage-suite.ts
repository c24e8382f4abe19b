// One behaviour for every storage adapter: each adapter's test file runs this suite
// against a real backend (a temp folder, an S3-protocol server, a Blob API stand-in).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from './index';

export function describeStorage(name: string, open: () => Promise<{ storage: Storage; close?: () => Promise<void> }>) {
  describe(`storage: ${name}`, () => {
    let s: Storage;
    let close: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      ({ storage: s, close } = await open());
    });
    afterAll(async () => {
      await close?.();
    });

    it('stores, reads back with its type and size, and deletes', async () => {
      await s.put('rooms/abc/file-1', new TextEncoder().encode('hello'), 'text/plain');
      const got = await s.get('rooms/abc/file-1');
      expect(got?.contentType).toBe('text/plain');
      expect(got?.size).toBe(5);
      expect(await new Response(got!.body).text()).toBe('hello');
      expect(await s.head('rooms/abc/file-1')).toEqual({ size: 5, contentType: 'text/plain' });
      expect(await s.exists('rooms/abc/file-1')).toBe(true);
      await s.delete('rooms/abc/file-1');
      expect(await s.get('rooms/abc/file-1')).toBeNull();
      expect(await s.head('rooms/abc/file-1')).toBeNull();
      expect(await s.exists('rooms/abc/file-1')).toBe(false);
    });

    it('replaces an object in place and keeps binary bytes intact', async () => {
      const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
      await s.put('rooms/abc/bin', new Uint8Array([1, 2, 3]), 'application/octet-stream');
      await s.put('rooms/abc/bin', bytes, 'image/png');
      const got = await s.get('rooms/abc/bin');
      expect(got?.contentType).toBe('image/png');
      expect(new Uint8Array(await new Response(got!.body).arrayBuffer())).toEqual(bytes);
      await s.delete('rooms/abc/bin');
    });

    it('reads only the start of an object (a ranged read), all of a short one, none of a missing one', async () => {
      await s.put('rooms/abc/start', new TextEncoder().encode('0123456789'), 'text/plain');
      expect(new TextDecoder().decode((await s.readStart('rooms/abc/start', 4))!)).toBe('0123');
      expect(new TextDecoder().decode((await s.readStart('rooms/abc/start', 4100))!)).toBe('0123456789');
      expect(await s.readStart('rooms/abc/nothing-here', 10)).toBeNull();
      await s.put('rooms/abc/empty', new Uint8Array(), 'text/plain');
      expect((await s.readStart('rooms/abc/empty', 10))?.byteLength).toBe(0);
      await Promise.all([s.delete('rooms/abc/start'), s.delete('rooms/abc/empty')]);
    });

    it('writes a stream of chunks and returns its size; a stream that fails leaves nothing', async () => {
      const parts = ['가나다', 'abc', 'x'.repeat(70_000)];
      const size = await s.putStream('rooms/abc/streamed', (async function* () {
        for (const p of parts) yield new TextEncoder().encode(p);
      })(), 'text/plain');
      expect(size).toBe(new TextEncoder().encode(parts.join('')).byteLength);
      expect(await new Response((await s.get('rooms/abc/streamed'))!.body).text()).toBe(parts.join(''));
      await s.delete('rooms/abc/streamed');
      const failing = (async function* () {
        yield new Uint8Array(1000);
        throw new Error('client went away');
      })();
      await expect(s.putStream('rooms/abc/broken', failing, 'text/plain')).rejects.toThrow('client went away');
      expect(await s.exists('rooms/abc/broken')).toBe(false);
    });

    it('deleting a missing object is fine', async () => {
      await expect(s.delete('rooms/abc/never-was')).resolves.toBeUndefined();
    });

    it('refuses keys that could escape its folder or bucket prefix', async () => {
      for (const key of ['../etc/passwd', '/abs', 'a/../../b', 'a//b', '']) {
        await expect(s.put(key, new Uint8Array(), 'x')).rejects.toThrow(/unsafe/);
        await expect(s.get(key)).rejects.toThrow(/unsafe/);
        await expect(s.delete(key)).rejects.toThrow(/unsafe/);
      }
    });
  });
}

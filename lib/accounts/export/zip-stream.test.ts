import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { jsonArrayChunks, jsonChunks, zipStream, type ZipEntry } from './zip-stream';

async function* pages(n: number, size: number) {
  for (let p = 0; p < n; p++) yield Array.from({ length: size }, (_, i) => ({ n: p * size + i }));
}
async function* bytes(total: number) {
  for (let i = 0; i < total; i += 1000) yield new Uint8Array(Math.min(1000, total - i)).fill(i % 251);
}

describe('zipStream', () => {
  it('writes entries that unzip to what went in, JSON paged and files stored', async () => {
    async function* entries(): AsyncGenerator<ZipEntry> {
      yield { name: 'profile.json', compress: true, chunks: jsonChunks({ name: '모아' }) };
      yield { name: 'messages.json', compress: true, chunks: jsonArrayChunks(pages(3, 4)) };
      yield { name: 'empty.json', compress: true, chunks: jsonArrayChunks(pages(0, 0)) };
      yield { name: 'files/a.bin', compress: false, chunks: bytes(5500) };
    }
    const parts: Uint8Array[] = [];
    for await (const c of zipStream(entries())) parts.push(c);
    const files = unzipSync(Buffer.concat(parts));
    expect(JSON.parse(strFromU8(files['profile.json']))).toEqual({ name: '모아' });
    expect(JSON.parse(strFromU8(files['messages.json'])).map((m: { n: number }) => m.n)).toEqual([...Array(12).keys()]);
    expect(JSON.parse(strFromU8(files['empty.json']))).toEqual([]);
    expect(files['files/a.bin'].length).toBe(5500);
    expect(parts.length).toBeGreaterThan(3);
  });
});

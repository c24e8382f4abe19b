// `npm start` (scripts/serve.mjs) sends the build's JavaScript chunks compressed (once),
// pages gzipped as they stream, and API JSON as Next.js answers it with `compress: false`:
// uncompressed.
import http from 'node:http';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASE } from '../helpers/client';

function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(BASE + path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', reject);
  });
}

describe('compressed static chunks', () => {
  it('sends a page chunk with brotli or gzip as asked, and raw when not asked', async () => {
    const html = (await get('/login')).body.toString('utf8');
    const chunks = [...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(chunks.length).toBeGreaterThan(0);
    const raw = await get(chunks[0]);
    expect(raw.status).toBe(200);
    expect(raw.headers['content-encoding']).toBeUndefined();
    // The largest chunk the page loads: compression must pay off on it.
    const sized = await Promise.all(chunks.map(async (c) => ({ c, n: (await get(c)).body.length })));
    const big = sized.sort((a, b) => b.n - a.n)[0];
    const plain = (await get(big.c)).body;

    const br = await get(big.c, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(zlib.brotliDecompressSync(br.body).equals(plain)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.length / 2);

    const gz = await get(big.c, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(plain)).toBe(true);
  });

  it('gzips pages and leaves API JSON and missing chunks as they were', async () => {
    const api = await get('/api/auth/csrf', 'gzip, deflate, br');
    expect(api.status).toBe(200);
    expect(api.headers['content-type']).toContain('application/json');
    expect(api.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(api.body.toString('utf8'))).toHaveProperty('csrfToken');

    const page = await get('/login', 'gzip, br');
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(page.body).toString('utf8')).toContain('</html>');
    expect((await get('/login')).headers['content-encoding']).toBeUndefined();

    expect((await get('/_next/static/chunks/no-such-chunk.js', 'br')).status).toBe(404);
  });
});

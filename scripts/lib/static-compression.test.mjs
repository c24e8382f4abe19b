import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressedStaticHandler, pickEncoding, precompress } from './static-compression.mjs';

describe('pickEncoding', () => {
  it('prefers brotli, honours q=0 and falls back to gzip or nothing', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip, br;q=0')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0')).toBe(null);
    expect(pickEncoding('identity')).toBe(null);
    expect(pickEncoding(undefined)).toBe(null);
    expect(pickEncoding('*')).toBe('gzip');
  });
});

describe('compressedStaticHandler', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moa-static-'));
  const big = 'console.log("모아");\n'.repeat(400);
  let server;
  let base;
  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'chunks'));
    fs.writeFileSync(path.join(dir, 'chunks', 'lazy.js'), big);
    fs.writeFileSync(path.join(dir, 'chunks', 'built.js'), big);
    fs.writeFileSync(path.join(dir, 'chunks', 'tiny.js'), 'x');
    fs.writeFileSync(path.join(dir, 'chunks', 'font.woff2'), Buffer.alloc(4096));
    fs.writeFileSync(path.join(os.tmpdir(), 'outside.js'), big);
    await precompress(path.join(dir, 'chunks')).then(() => fs.rmSync(path.join(dir, 'chunks', 'lazy.js.br')));
    fs.rmSync(path.join(dir, 'chunks', 'lazy.js.gz'));
    const handle = compressedStaticHandler(dir);
    server = http.createServer((req, res) => handle(req, res, () => res.writeHead(299).end('next')));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  afterAll(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (p, enc, method = 'GET') => new Promise((resolve, reject) => {
    http.request(base + p, { method, headers: enc ? { 'accept-encoding': enc } : {} }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c)).on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', reject).end();
  });

  it('answers a chunk compressed, from the stored copy or compressed once in memory', async () => {
    for (const name of ['built.js', 'lazy.js']) {
      const br = await get(`/_next/static/chunks/${name}`, 'gzip, deflate, br');
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['cache-control']).toContain('immutable');
      expect(br.headers['content-type']).toContain('javascript');
      expect(zlib.brotliDecompressSync(br.body).toString()).toBe(big);
      const gz = await get(`/_next/static/chunks/${name}?v=1`, 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.body).toString()).toBe(big);
    }
    expect(fs.existsSync(path.join(dir, 'chunks', 'built.js.br'))).toBe(true);
    const head = await get('/_next/static/chunks/built.js', 'br', 'HEAD');
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });

  it('leaves everything else to the next handler', async () => {
    for (const [p, enc] of [
      ['/_next/static/chunks/built.js', undefined],
      ['/_next/static/chunks/built.js', 'identity'],
      ['/_next/static/chunks/tiny.js', 'br'],
      ['/_next/static/chunks/font.woff2', 'br'],
      ['/_next/static/chunks/missing.js', 'br'],
      ['/_next/static/../../outside.js', 'br'],
      ['/_next/static/%2e%2e/%2e%2e/outside.js', 'br'],
      ['/_next/static/%E0%A4%A', 'br'],
      ['/api/rooms', 'br'],
    ]) {
      const r = await get(p, enc);
      expect([p, enc, r.status]).toEqual([p, enc, 299]);
    }
  });
});

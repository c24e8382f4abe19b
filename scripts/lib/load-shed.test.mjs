import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadShedder, loadShedderFromEnv } from './load-shed.mjs';

describe('loadShedder', () => {
  const shed = loadShedder({ maxInFlight: 3, retryAfterSeconds: 2, message: '잠시 후에' });
  const held = [];
  let server;
  let base;
  beforeAll(async () => {
    // Requests to /hold stay in progress until released; the rest answer at once.
    server = http.createServer((req, res) => shed(req, res, () => {
      if (req.url.endsWith('/hold')) held.push(() => res.end('done'));
      else res.end('ok');
    }));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  afterAll(() => server.close());

  const get = (p, method = 'GET') => new Promise((resolve, reject) => {
    http.request(base + p, { method, agent: false }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; }).on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    }).on('error', reject).end();
  });
  const until = async (fn) => { while (!fn()) await new Promise((r) => setTimeout(r, 10)); };

  it('refuses API requests with 503 and Retry-After only while the limit is in progress', async () => {
    const pending = [get('/api/a/hold', 'POST'), get('/page/hold'), get('/api/b/hold')];
    await until(() => held.length === 3);
    expect(shed.inFlight()).toBe(3);
    const refused = await get('/api/rooms/x/messages', 'POST');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('2');
    expect(JSON.parse(refused.body)).toEqual({ error: { code: 'unavailable', message: '잠시 후에', details: { retryAfterSeconds: 2 } } });
    // Pages are never refused (they wait).
    const page = get('/page');
    expect((await page).status).toBe(200);
    held.splice(0).forEach((release) => release());
    expect((await Promise.all(pending)).map((r) => r.status)).toEqual([200, 200, 200]);
    await until(() => shed.inFlight() === 0);
    expect((await get('/api/rooms/x/messages', 'POST')).status).toBe(200);
  });

  it('reads its limit from MOA_MAX_IN_FLIGHT (0: off) and refuses nonsense', () => {
    expect(loadShedderFromEnv('/nowhere', { MOA_MAX_IN_FLIGHT: '0' })).toBe(null);
    expect(typeof loadShedderFromEnv('/nowhere', {})).toBe('function');
    expect(() => loadShedderFromEnv('/nowhere', { MOA_MAX_IN_FLIGHT: '-1' })).toThrow(/MOA_MAX_IN_FLIGHT/);
    expect(() => loadShedderFromEnv('/nowhere', { MOA_MAX_IN_FLIGHT: 'lots' })).toThrow(/MOA_MAX_IN_FLIGHT/);
  });
});

describe('loadShedder on slow answers', () => {
  it('refuses above minInFlight while recent API answers are slow, and recovers', async () => {
    const shed = loadShedder({ maxInFlight: 100, minInFlight: 2, maxLatencyMs: 50 });
    let delay = 200;
    const server = http.createServer((req, res) => shed(req, res, () => setTimeout(() => res.end('ok'), delay)));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${server.address().port}/api/x`;
    const get = () => new Promise((resolve) => http.get(url, { agent: false }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); }));
    // Slow answers, one at a time: the average climbs past 50 ms.
    for (let i = 0; i < 10; i++) expect(await get()).toBe(200);
    expect(shed.latency()).toBeGreaterThan(50);
    // Below minInFlight requests still pass; above it they are refused.
    const three = await Promise.all([get(), get(), get()]);
    expect(three.filter((s) => s === 503).length).toBe(1);
    // Fast again: the average falls and everything passes.
    delay = 0;
    for (let i = 0; i < 30; i++) await get();
    expect(shed.latency()).toBeLessThan(50);
    expect(await Promise.all([get(), get(), get()])).toEqual([200, 200, 200]);
    server.close();
  }, 20_000);
});

describe('loadShedder Retry-After', () => {
  it('asks a larger crowd to wait longer: refusals of the last second over its answers, within bounds', async () => {
    let ms = 10_000; // the shedder's clock, moved by the test
    const shed = loadShedder({ maxInFlight: 1, retryAfterSeconds: 1, maxRetryAfterSeconds: 30, clock: () => ms });
    const held = [];
    const server = http.createServer((req, res) => shed(req, res, () => {
      if (req.url.endsWith('/hold')) held.push(() => res.end('done'));
      else res.end('ok');
    }));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${server.address().port}`;
    const call = (p) => new Promise((resolve, reject) => {
      http.request(base + p, { method: 'POST', agent: false }, (res) => {
        let body = '';
        res.on('data', (c) => { body += c; }).on('end', () => resolve({ status: res.statusCode, retryAfter: res.headers['retry-after'], body }));
      }).on('error', reject).end();
    });
    const nextSecond = () => { ms += 1000; };
    try {
      // Quiet: one answer, nothing refused, then a crowd arrives.
      nextSecond();
      expect((await call('/api/x')).status).toBe(200);
      const holding = call('/api/x/hold');
      while (!held.length) await new Promise((r) => setTimeout(r, 5));
      const first = await Promise.all(Array.from({ length: 12 }, () => call('/api/y')));
      expect(first.every((r) => r.status === 503 && r.retryAfter === '1')).toBe(true);
      held.splice(0).forEach((release) => release());
      await holding;
      // The next second: 12 refused against 2 answered in the last one, so 6 s; body and header agree.
      nextSecond();
      const second = call('/api/x/hold');
      while (!held.length) await new Promise((r) => setTimeout(r, 5));
      const refused = await call('/api/y');
      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toBe('6');
      expect(JSON.parse(refused.body).error.details.retryAfterSeconds).toBe(6);
      held.splice(0).forEach((release) => release());
      await second;
      // Two quiet seconds later it is back to the minimum.
      nextSecond();
      nextSecond();
      expect(shed.retryAfter()).toBe(1);
    } finally {
      server.close();
    }
  });
});

// `npm start` with WEB_CONCURRENCY: several server processes on one port, sharing all
// state through PostgreSQL and the realtime server. Runs the same production build the
// other integration tests use, on a port of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser } from '../helpers/client';
import { ROOT, freePort, waitFor } from '../helpers/server';
import { db } from '@/lib/db';

let server: ChildProcess | undefined;

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  await db.$disconnect();
});

/** Pids of the cluster primary's workers (its only children). */
const workerPids = (primary: number) =>
  fs.readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

/** Status of a request on a new connection (a pooled one may belong to a worker that died). */
const fresh = (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new Promise<number>((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent: false, timeout: 20_000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url}`))).on('error', reject);
    req.end(init.body);
  });
/** For polling: a failed request is "not yet". */
const ok200 = (url: string) => fresh(url).then((s) => s === 200, () => false);

/** CPU ticks a process has used. */
const cpuTicks = (pid: number) => {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(f[11]) + Number(f[12]);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until none of the processes uses CPU for a while (done starting up). */
async function settled(pids: number[]) {
  await waitFor('the workers to settle', async () => {
    const t0 = pids.map(cpuTicks);
    await sleep(700);
    return pids.every((pid, i) => cpuTicks(pid) === t0[i]) ? true : undefined;
  });
}

describe('two server processes on one port (WEB_CONCURRENCY=2)', () => {
  it('serve one conversation between them, replace a crashed worker and stop together', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [path.join(ROOT, 'scripts/serve.mjs'), '--hostname', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', WEB_CONCURRENCY: '2', MOA_TEST_HOOKS: '0', NEXTAUTH_URL: base },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const primary = server.pid!;
    await waitFor('the server', async () => (await ok200(`${base}/login`)) || undefined);
    const first = await waitFor('two workers', () => (workerPids(primary).length === 2 ? workerPids(primary) : undefined));

    // A conversation through both processes: connections are handed out in turn, so
    // requests on fresh connections meet both; every message is stored once, in order.
    const [a, b] = [await newUser(), await newUser()];
    await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: b.id }, { ownerId: b.id, friendId: a.id }] });
    const created = await a.client.json('/api/rooms', 'POST', { name: '둘이', memberIds: [b.id] });
    expect(created.status).toBe(201);
    const roomId = created.data.roomId as string;
    const post = (c: Client, i: number) => fresh(`${base}/api/rooms/${roomId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: c.cookieHeader() },
      body: JSON.stringify({ kind: 'TEXT', clientId: `serve-test-${i}`, body: `메시지 ${i}` }),
    });
    // Both warm (a first request loads the route's code), then quiet before counting.
    for (let i = 0; i < 6; i++) await post(a.client, 100 + i);
    await settled(first);
    const before = first.map(cpuTicks);
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => post(i % 2 ? b.client : a.client, i)));
    expect(statuses).toEqual(Array(20).fill(201));
    const stored = await db.message.findMany({ where: { roomId, kind: 'TEXT' }, orderBy: { seq: 'asc' } });
    expect(stored).toHaveLength(26);
    expect(new Set(stored.map((m) => m.seq)).size).toBe(26);
    // Both processes did some of the work (they were idle before).
    first.forEach((pid, i) => expect(cpuTicks(pid)).toBeGreaterThan(before[i]));

    // A worker that dies is replaced; the other keeps answering meanwhile.
    process.kill(first[0], 'SIGKILL');
    // (Once the primary has seen it go, no new connection is handed to it.)
    await waitFor('the primary to see the worker exit', () => (workerPids(primary).includes(first[0]) ? undefined : true));
    expect(await fresh(`${base}/login`)).toBe(200);
    const replaced = await waitFor('a new worker', () => {
      const now = workerPids(primary);
      return now.length === 2 && !now.includes(first[0]) ? now : undefined;
    });
    await waitFor('the new worker to serve', async () => {
      const oks = await Promise.all(Array.from({ length: 6 }, () => ok200(`${base}/login`)));
      return oks.every(Boolean) ? true : undefined;
    });

    // SIGTERM to the primary stops every worker.
    const exited = new Promise<number | null>((r) => server!.once('exit', (code) => r(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of replaced) expect(() => process.kill(pid, 0)).toThrow();
  }, 150_000);

  it('gives up when workers keep dying as they start (here: no build), instead of restarting them forever', async () => {
    const port = await freePort();
    const broken = spawn(process.execPath, [path.join(ROOT, 'scripts/serve.mjs'), '--hostname', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', WEB_CONCURRENCY: '2', MOA_TEST_HOOKS: '0', MOA_DIST_DIR: '.next-does-not-exist' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    broken.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
    const code = await new Promise<number | null>((r) => broken.once('exit', (c) => r(c)));
    expect(code).not.toBe(0);
    expect(stderr).toContain('keep exiting right after they start');
  }, 90_000);
});

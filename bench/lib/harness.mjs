// What every benchmark needs: a production build served against a throwaway embedded
// PostgreSQL and Soketi, percentile summaries, and an open-loop load driver.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { encode } from 'next-auth/jwt';
import { ROOT, freePort, startPostgres, startSoketi, waitForPort } from '../../scripts/lib/services.mjs';
import { runPrisma } from '../../scripts/prisma.mjs';
import { heapArgs } from '../../scripts/lib/heap.mjs';

export { ROOT };
export const SECRET = 'bench-secret-0123456789abcdef0123';
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
// max by reduce: spreading hundreds of thousands of samples into Math.max overflows the stack.
export const summary = (xs) => ({ n: xs.length, p50: +pct(xs, 50).toFixed(2), p95: +pct(xs, 95).toFixed(2), p99: +pct(xs, 99).toFixed(2), max: +xs.reduce((m, x) => (x > m ? x : m), -Infinity).toFixed(2) });

export const machine = () => ({ cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), loadAvg: os.loadavg().map((x) => +x.toFixed(2)) });

/** For each started key (start time), the time until it was seen; keys never seen are lost. */
export function latencies(starts, seen) {
  const lat = [];
  let lost = 0;
  for (const [key, t0] of starts) {
    const t1 = seen.get(key);
    if (t1 === undefined) lost++;
    else lat.push(t1 - t0);
  }
  return { lat, lost };
}

/** Open loop: start `total` operations at `rate` per second, regardless of completions. Returns seconds taken. */
export async function openLoop(rate, total, op) {
  const started = performance.now();
  const inflight = [];
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    inflight.push(op(i));
  }
  await Promise.all(inflight);
  return (performance.now() - started) / 1000;
}

/** A session cookie for a user written straight to the database (session version 1), with its device session row. */
export async function sessionCookie(u, db) {
  const sid = `bench${u.id}`.slice(0, 40);
  await db.query('INSERT INTO "Session" (id, "userId", "userAgent") VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [sid, u.id, 'bench']);
  return `next-auth.session-token=${await encode({ token: { uid: u.id, sv: 1, sid, name: u.loginId }, secret: SECRET })}`;
}

/** The commit and a hash of the uncommitted changes to what a build is made of (git). */
function sourceStamp() {
  const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout ?? '';
  const dirs = ['app', 'lib', 'components', 'messages', 'prisma', 'public', 'next.config.js', 'package-lock.json', 'proxy.ts'];
  // Untracked files by content, not only by name (an edited new file is other sources).
  const untracked = git('ls-files', '--others', '--exclude-standard', '--', ...dirs).split('\n').filter(Boolean);
  const diff = git('diff', 'HEAD', '--', ...dirs) + untracked.map((f) => `${f}\n${fs.readFileSync(path.join(ROOT, f), 'utf8')}`).join('\n');
  return `${git('rev-parse', 'HEAD').trim()} ${crypto.createHash('sha256').update(diff).digest('hex')}`;
}

/**
 * PostgreSQL + Soketi + `next start` on the build in `dist` (built if missing), all
 * throwaway. Returns { base, env, soketi, server, db, stop }. `realtimeVia(soketi)` may
 * answer another port for the app's HTTP API calls to Soketi (a counting proxy).
 * `nextStart` serves with plain `next start` instead of scripts/serve.mjs (a before figure).
 */
export async function startBenchApp({ dist, log, realtimeVia, nextStart = false }) {
  // e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the server;
  // BENCH_SERVER_NODE=/path/to/node serves with another Node.js (everything else stays on this one).
  const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'moa-bench-'));
  fs.chmodSync(tmp, 0o755);
  const cleanups = [() => fs.rmSync(tmp, { recursive: true, force: true })];
  const stop = async () => {
    for (const c of cleanups.splice(0).reverse()) await Promise.resolve().then(c).catch(() => {});
  };
  // Interrupted (Ctrl-C, kill): stop the server, Soketi and PostgreSQL too, or they outlive the bench.
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      if (interrupted) return;
      interrupted = true;
      void stop().finally(() => process.exit(130));
    });
  }
  try {
    const pgs = await startPostgres({ dataDir: path.join(tmp, 'pg'), port: await freePort(), persistent: false });
    cleanups.push(() => pgs.stop());
    await pgs.ensureDatabase('bench');
    const metricsPort = await freePort();
    const soketi = await startSoketi({ port: await freePort(), metricsPort, key: 'bench-key', secret: 'bench-secret' });
    soketi.metricsPort = metricsPort;
    cleanups.push(() => soketi.stop());
    const apiPort = realtimeVia ? await realtimeVia(soketi) : soketi.port;
    const appPort = await freePort();
    const env = {
      ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', MOA_DIST_DIR: dist,
      DATABASE_URL: pgs.url('bench'), NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://localhost:${appPort}`,
      PUSHER_APP_ID: soketi.appId, PUSHER_KEY: soketi.key, PUSHER_SECRET: soketi.secret, PUSHER_HOST: '127.0.0.1', PUSHER_PORT: String(apiPort), PUSHER_USE_TLS: 'false',
      STORAGE_DIR: path.join(tmp, 'files'),
    };
    if ((await runPrisma(['migrate', 'deploy'], { env, stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) throw new Error('migrate failed');
    // A build of other sources measures other code: rebuild when the commit or the
    // uncommitted changes differ from the ones the build was made from.
    const source = sourceStamp();
    const stampFile = path.join(ROOT, dist, 'moa-source.txt');
    // BENCH_KEEP_BUILD=1 serves whatever build is there (a before build beside an after one).
    const keep = process.env.BENCH_KEEP_BUILD === '1' && fs.existsSync(path.join(ROOT, dist, 'BUILD_ID'));
    const built = keep || (fs.existsSync(path.join(ROOT, dist, 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === source);
    if (!built) {
      log(`building into ${dist} (source ${source.slice(0, 12)}…)`);
      const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, env, stdio: 'inherit' });
      if (b.status !== 0) throw new Error('build failed');
      fs.writeFileSync(stampFile, source);
    }
    // nextStart: plain `next start`, without what scripts/serve.mjs adds (compressed static files).
    const entry = nextStart ? [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start'] : [path.join(ROOT, 'scripts/serve.mjs')];
    const server = spawn(process.env.BENCH_SERVER_NODE || process.execPath, [...(nextStart ? [] : heapArgs(env)), ...serverNodeArgs, ...entry, '--hostname', '127.0.0.1', '--port', String(appPort)], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    cleanups.push(() => new Promise((r) => {
      if (server.exitCode !== null || server.signalCode !== null) return r();
      server.once('exit', r);
      // Our kept-alive connections would hold a graceful shutdown open; a stuck one is killed.
      keepAlive.destroy();
      server.kill('SIGTERM');
      // A profiling server writes its profile on the way out: give it time.
      setTimeout(() => server.kill('SIGKILL'), serverNodeArgs.length ? 60_000 : 5000).unref();
    }));
    await waitForPort(appPort, 60_000);
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    cleanups.push(() => db.end());
    return { base: `http://127.0.0.1:${appPort}`, env, soketi, server, db, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

// Processes given a name of their own (and their children): a second `next start` such as
// the bare Next.js app would otherwise count as the app's server.
const labels = new Map();
/** Count `pid` and everything it starts as `name` in cpuByProgram(). */
export const labelProgram = (pid, name) => labels.set(pid, name);

/** A process and everything it started (from /proc), each with its label. */
function labelledTree(pid, label, out = []) {
  const own = labels.get(pid) ?? label;
  out.push([pid, own]);
  try {
    for (const k of fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) labelledTree(Number(k), own, out);
  } catch { /* exited */ }
  return out;
}

/** A process and everything it started (from /proc). */
export const processTree = (pid) => labelledTree(pid).map(([p]) => p);

/**
 * CPU time (ms) used so far by this process and everything it started, grouped by program.
 * A program's processes that have exited count too (their parent's reaped-children time):
 * PostgreSQL ends a backend when the app's pool closes an idle connection, and without
 * that its CPU would vanish from the sum and a phase could show less than nothing.
 */
export function cpuByProgram() {
  const tick = 10; // USER_HZ is 100 on Linux
  const by = {};
  for (const [pid, label] of labelledTree(process.pid)) {
    try {
      const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      const name = label ?? (comm.startsWith('postgres') ? 'postgres' : comm.includes('soketi') ? 'soketi' : comm.startsWith('next') ? 'next server' : pid === process.pid ? 'bench client' : comm);
      // utime + stime, and (not for the bench itself, whose children are tools run once) cutime + cstime.
      const reaped = pid === process.pid ? 0 : Number(f[13]) + Number(f[14]);
      by[name] = (by[name] ?? 0) + (Number(f[11]) + Number(f[12]) + reaped) * tick;
    } catch { /* exited */ }
  }
  return by;
}

/** CPU ms per operation, by program, between two cpuByProgram() snapshots. */
export function cpuPerOp(before, after, ops) {
  const out = {};
  for (const [k, v] of Object.entries(after)) if (v - (before[k] ?? 0) > 0) out[k] = +((v - (before[k] ?? 0)) / ops).toFixed(2);
  out.total = +Object.values(out).reduce((a, b) => a + b, 0).toFixed(2);
  return out;
}

// The load generator shares the machine with the server, so it should cost as little
// as it can: node:http with kept-alive connections is several times cheaper per request
// than fetch (undici). Real clients are phones and browsers elsewhere.
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** A minimal fetch-like HTTP request: { status, headers, arrayBuffer(), json() }; `agent` defaults to one kept-alive pool of 256. */
export function request(url, { method = 'GET', headers = {}, body, agent = keepAlive } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : String(body));
    const req = http.request(url, { method, agent, headers: { ...headers, ...(payload ? { 'content-length': payload.length } : {}) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, arrayBuffer: async () => buf, json: async () => JSON.parse(buf.toString('utf8')) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

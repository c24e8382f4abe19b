// Serves the production build on WEB_CONCURRENCY processes (default 1) sharing one
// port: `node scripts/serve.mjs --hostname H --port P`. Next.js handles every request
// on one thread, so one process can use one core at most; with node:cluster each
// worker runs `next start` and the primary hands connections out in turn. Nothing in
// Moa keeps per-process state that other instances would miss (sessions are cookies,
// rate limits and other shared state live in KV or PostgreSQL, realtime in Pusher), which
// is also what lets Vercel run many instances at once.
import cluster from 'node:cluster';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installInFront } from './lib/in-front.mjs';
import { loadShedderFromEnv } from './lib/load-shed.mjs';
import { compressedStaticHandler } from './lib/static-compression.mjs';
import { pageCompressionHandler } from './lib/page-compression.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const args = process.argv.slice(2);

function workerCount() {
  const raw = process.env.WEB_CONCURRENCY ?? '1';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    console.error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (got "${raw}").`);
    process.exit(1);
  }
  // The test clock (MOA_TEST_HOOKS) is per process; tests need one process to set it in.
  return process.env.MOA_TEST_HOOKS === '1' ? 1 : n;
}

/**
 * MOA_TEST_HOOKS opens unauthenticated routes (server clock travel) and lets push go to
 * plain-http endpoints. A production server runs with it only when the test runner
 * (scripts/test.mjs) started it: it names itself in MOA_TEST_CONTROL_PID, and it is our
 * parent. Anywhere else the server refuses to start.
 */
function refuseTestHooksOutsideTests() {
  if (process.env.NODE_ENV !== 'production' || process.env.MOA_TEST_HOOKS !== '1') return;
  if (process.env.MOA_TEST_CONTROL_PID === String(process.ppid)) return;
  console.error('[moa] MOA_TEST_HOOKS=1 is for `npm test` only: it opens test routes without sign-in. Unset it to start a production server.');
  process.exit(1);
}

async function runNextStart() {
  // API requests past capacity are refused at once (lib/load-shed.mjs); the JavaScript
  // chunks go out compressed once (lib/static-compression.mjs), pages gzipped as they
  // stream (lib/page-compression.mjs; MOA_COMPRESS_PAGES=0 turns that off), API JSON as before.
  const shed = loadShedderFromEnv(ROOT);
  const handlers = [
    ...(shed ? [shed] : []),
    compressedStaticHandler(path.join(ROOT, process.env.MOA_DIST_DIR || '.next', 'static')),
    ...(process.env.MOA_COMPRESS_PAGES === '0' ? [] : [pageCompressionHandler()]),
  ];
  installInFront(...handlers);
  process.argv = [process.execPath, NEXT_BIN, 'start', ...args];
  await import(NEXT_BIN);
}

if (cluster.isPrimary) refuseTestHooksOutsideTests();
const workers = cluster.isPrimary ? workerCount() : 1;
// What the app sizes its database pool by (lib/db.ts): the processes actually running.
if (cluster.isPrimary) process.env.WEB_CONCURRENCY = String(workers);
if (!cluster.isPrimary || workers === 1) {
  await runNextStart();
} else {
  let stopping = false;
  let quickExits = 0; // workers in a row that died soon after starting
  const started = new Map(); // worker id -> fork time
  const fork = () => started.set(cluster.fork().id, Date.now());
  const allDead = () => Object.values(cluster.workers ?? {}).every((w) => !w || w.isDead());
  const stop = (code = 0) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = code;
    if (allDead()) process.exit();
    for (const w of Object.values(cluster.workers ?? {})) if (w && !w.isDead()) w.process.kill('SIGTERM');
    // Workers finish their requests and exit; one that hangs is not waited for forever.
    setTimeout(() => {
      for (const w of Object.values(cluster.workers ?? {})) if (w && !w.isDead()) w.process.kill('SIGKILL');
      process.exit();
    }, 10_000).unref();
  };
  for (let i = 0; i < workers; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (allDead()) process.exit();
      return;
    }
    // A worker that dies within 15 s of starting (a bad build, a taken port, a config
    // error) would die again: after three in a row, give up like `next start` would.
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    quickExits = lived < 15_000 ? quickExits + 1 : 0;
    if (quickExits >= 3) {
      console.error('[moa] server workers keep exiting right after they start; stopping');
      stop(code || 1);
      return;
    }
    // A worker that crashed is replaced, later each time it happens again quickly; the
    // others keep serving meanwhile.
    console.error(`[moa] server worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(() => stopping || fork(), 1000 * 2 ** quickExits);
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stop(0));
}

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

async function runNextStart() {
  process.argv = [process.execPath, NEXT_BIN, 'start', ...args];
  await import(NEXT_BIN);
}

const workers = cluster.isPrimary ? workerCount() : 1;
if (!cluster.isPrimary || workers === 1) {
  await runNextStart();
} else {
  let stopping = false;
  let serving = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  cluster.on('listening', () => { serving = true; });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    if (!serving) {
      // Never got as far as listening (a bad build, a taken port): give up like `next start`.
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      process.exitCode = code || 1;
      return;
    }
    // A worker that crashed is replaced; the others keep serving meanwhile.
    console.error(`[moa] server worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(() => stopping || fork(), 1000);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const alive = () => Object.values(cluster.workers ?? {}).filter(Boolean);
    if (alive().length === 0) process.exit();
    for (const w of alive()) w.process.kill('SIGTERM');
    // Workers finish their requests and exit; one that hangs is not waited for forever.
    setTimeout(() => {
      for (const w of alive()) w.process.kill('SIGKILL');
      process.exit();
    }, 10_000);
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, stop);
}

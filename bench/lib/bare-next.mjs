// The bare Next.js app of bench/bare-next, built if missing and served by `next start`
// (Next.js's defaults: gzip on): the floor the phone benchmark compares Moa's pages with,
// and (its POST /api/floor) the floor the chat benchmark compares Moa's requests with.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, freePort, waitForPort } from '../../scripts/lib/services.mjs';

const DIR = path.join(ROOT, 'bench/bare-next');
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');

export async function startBareApp({ log }) {
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.MOA_DIST_DIR;
  // Built again when missing or made before the floor route (POST /api/floor) was added.
  if (!fs.existsSync(path.join(DIR, '.next/BUILD_ID')) || !fs.existsSync(path.join(DIR, '.next/server/app/api/floor/route.js'))) {
    log('building bench/bare-next');
    const b = spawnSync(process.execPath, [NEXT, 'build'], { cwd: DIR, env, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('bare build failed');
  }
  const port = await freePort();
  const server = spawn(process.env.BENCH_SERVER_NODE || process.execPath, [NEXT, 'start', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: DIR, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForPort(port, 60_000);
  const stop = () => new Promise((r) => {
    if (server.exitCode !== null || server.signalCode !== null) return r();
    server.once('exit', r);
    server.kill('SIGTERM');
    setTimeout(() => server.kill('SIGKILL'), 5000).unref();
  });
  return { base: `http://127.0.0.1:${port}`, pid: server.pid, stop };
}

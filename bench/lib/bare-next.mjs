// The bare Next.js app of bench/bare-next, built if missing and served by `next start`
// (Next.js's defaults: gzip on): the floor the phone benchmark compares Moa's pages with.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, freePort, waitForPort } from '../../scripts/lib/services.mjs';

const DIR = path.join(ROOT, 'bench/bare-next');
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');

export async function startBareApp({ log }) {
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.MOA_DIST_DIR;
  if (!fs.existsSync(path.join(DIR, '.next/BUILD_ID'))) {
    log('building bench/bare-next');
    const b = spawnSync(process.execPath, [NEXT, 'build'], { cwd: DIR, env, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('bare build failed');
  }
  const port = await freePort();
  const server = spawn(process.execPath, [NEXT, 'start', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: DIR, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForPort(port, 60_000);
  const stop = () => new Promise((r) => {
    if (server.exitCode !== null || server.signalCode !== null) return r();
    server.once('exit', r);
    server.kill('SIGTERM');
    setTimeout(() => server.kill('SIGKILL'), 5000).unref();
  });
  return { base: `http://127.0.0.1:${port}`, stop };
}

// `npm run bench:memory` — how much memory the production server holds once every route
// has been loaded: V8's heap after a full collection (the live set, which sizes
// MOA_MAX_HEAP_MIB) and the resident set, read from the server itself through the
// benchmark-only `GET /api/bench/memory` (MOA_BENCH_ROUTES, --expose-gc).
// Every route of the build's manifest is requested once, signed in, dynamic segments
// filled with an id that exists nowhere (a 404 still loads the route's code), then five
// rounds again. Prints the figures and writes bench/results/memory-<timestamp>.json.
// Env: MOA_DIST_DIR (build folder, default .next-bench), MOA_MAX_HEAP_MIB (passed on to the server).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, machine, request, sessionCookie, startBenchApp } from './lib/harness.mjs';

const DIST = process.env.MOA_DIST_DIR ?? '.next-bench';
const log = (...a) => console.log('[bench]', ...a);
const id = () => `c${crypto.randomBytes(18).toString('hex').slice(0, 24)}`;

/** Every page and API path of the build, with made-up values for its dynamic segments. */
function routePaths() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, DIST, 'server', 'app-paths-manifest.json'), 'utf8'));
  return Object.keys(manifest)
    .filter((k) => /\/(page|route)$/.test(k) && !k.includes('/_'))
    .map((k) =>
      k
        .replace(/\/(page|route)$/, '')
        .replace(/\/\([^)]+\)/g, '')
        .replace(/\[\[?\.\.\.[^\]]+\]\]?/g, 'x')
        .replace(/\[token\]/g, 'A'.repeat(32))
        .replace(/\[file\]/g, `${'0'.repeat(20)}-og.png`)
        .replace(/\[[^\]]+\]/g, 'c000000000000000000000000') || '/',
    );
}

async function main() {
  process.env.MOA_BENCH_ROUTES = '1';
  process.env.BENCH_SERVER_NODE_ARGS = `${process.env.BENCH_SERVER_NODE_ARGS ?? ''} --expose-gc`.trim();
  const app = await startBenchApp({ dist: DIST, log });
  const results = { date: new Date().toISOString(), machine: machine(), params: { MOA_MAX_HEAP_MIB: process.env.MOA_MAX_HEAP_MIB ?? null } };
  try {
    const { base, db } = app;
    const memory = async () => (await request(`${base}/api/bench/memory`)).json();
    const u = { id: id(), loginId: 'benchmem' };
    await db.query('INSERT INTO "User" (id, "loginId", "displayName", "passwordHash", "updatedAt") VALUES ($1,$2,$3,NULL,now())', [u.id, u.loginId, u.loginId]);
    const cookie = await sessionCookie(u, db);
    results.started = await memory();
    log('started', JSON.stringify(results.started));
    const paths = routePaths();
    const statuses = {};
    const grew = []; // live heap added by each route's first request (its code and what it keeps)
    for (let round = 0; round < 6; round++) {
      let before = round === 0 ? results.started.heapUsedMiB : 0;
      let rssBefore = round === 0 ? results.started.rssMiB : 0;
      for (const p of paths) {
        const res = await request(base + p, { headers: { cookie } });
        await res.arrayBuffer();
        if (round > 0) continue;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const now = await memory();
        grew.push({ path: p, status: res.status, heapMiB: +(now.heapUsedMiB - before).toFixed(1), rssMiB: +(now.rssMiB - rssBefore).toFixed(1) });
        before = now.heapUsedMiB;
        rssBefore = now.rssMiB;
      }
      if (round === 0) {
        results.allRoutesOnce = { routes: paths.length, statuses, ...(await memory()) };
        results.largestRoutes = [...grew].sort((a, b) => b.heapMiB - a.heapMiB).slice(0, 25);
        results.largestResident = [...grew].sort((a, b) => b.rssMiB - a.rssMiB).slice(0, 25);
        log('every route once', JSON.stringify(results.allRoutesOnce));
        log('routes that added the most live heap (MiB)', results.largestRoutes.map((r) => `${r.path} ${r.heapMiB}`).join(', '));
        log('routes that added the most resident memory (MiB)', results.largestResident.map((r) => `${r.path} ${r.rssMiB}`).join(', '));
      }
    }
    results.allRoutesSixTimes = await memory();
    log('every route six times', JSON.stringify(results.allRoutesSixTimes));
  } finally {
    await app.stop();
  }
  results.machineAfter = machine();
  const out = path.join(ROOT, 'bench', 'results', `memory-${results.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  log('saved', path.relative(ROOT, out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

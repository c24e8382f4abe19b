// `node bench/ocr-paired.mjs <older-tree> [seed] [count]` — the ticket scan's time per image,
// an older version against this one, image by image in one process (alternating which
// goes first), so both see the same load: on a shared machine two runs minutes apart
// differ more by load than by code. Accuracy is not measured here (npm run bench:ocr).
//
// The older tree: `git archive <commit> lib tests bench | tar -x -C <dir>`, then link
// node_modules and assets into it (`ln -s $PWD/node_modules $PWD/assets <dir>/`).
// Images come from bench:ocr's cache (run it once for the seed first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const NEW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [older, seed = '1', count = '20'] = process.argv.slice(2);
if (!older) throw new Error('usage: node bench/ocr-paired.mjs <older-tree> [seed] [count]');
const OLD = path.resolve(older);
process.chdir(NEW);
const load = (root) => createJiti(path.join(root, 'bench/x.mjs'), { alias: { '@': root } });
const [jn, jo] = [load(NEW), load(OLD)];
const versions = { old: await jo.import(path.join(OLD, 'lib/pieces/scan/read.ts')), new: await jn.import(path.join(NEW, 'lib/pieces/scan/read.ts')) };
await (await jn.import(path.join(NEW, 'lib/pieces/scan/glyphs.ts'))).glyphTemplates();
await (await jo.import(path.join(OLD, 'lib/pieces/scan/glyphs.ts'))).glyphTemplates();
const { createPool } = await jn.import(path.join(NEW, 'lib/pieces/scan/pool.ts'));
// Each version with the workers it is run with (OLD_WORKERS, NEW_WORKERS; by default 1 for the
// older, which read its preparations one after another, and the scan route's default for this one).
const { SCAN_WORKERS_DEFAULT } = await jn.import(path.join(NEW, 'lib/env.ts'));
const workers = { old: Number(process.env.OLD_WORKERS ?? 1), new: Number(process.env.NEW_WORKERS ?? SCAN_WORKERS_DEFAULT) };
const pools = Object.fromEntries(['old', 'new'].map((k) => [k, {
  pool: createPool({ size: workers[k], maxWaiting: 16, idleMs: 60_000, timeoutMs: 120_000 }),
  letters: createPool({ size: workers[k], maxWaiting: 16, idleMs: 60_000, timeoutMs: 120_000, lang: 'eng' }),
}]));
const dir = fs.readdirSync(path.join(NEW, 'node_modules/.cache/moa-tickets')).filter((d) => d.endsWith(`-${seed}`)).sort().at(-1);
if (!dir) throw new Error(`no cached images for seed ${seed}: run npm run bench:ocr for it first`);
const files = fs.readdirSync(path.join(NEW, 'node_modules/.cache/moa-tickets', dir)).filter((f) => f.endsWith('.jpg')).sort().slice(0, Number(count));
const read = (which, bytes) => versions[which].readTicket(bytes, { ...pools[which], today: new Date() });
const bytesOf = (f) => new Uint8Array(fs.readFileSync(path.join(NEW, 'node_modules/.cache/moa-tickets', dir, f)));
// Workers started and warm before anything is timed.
await Promise.all([read('new', bytesOf(files[0])), read('old', bytesOf(files[1]))]);
const times = { old: [], new: [] };
const loadBefore = os.loadavg();
for (const [i, f] of files.entries()) {
  const bytes = bytesOf(f);
  for (const which of i % 2 ? ['old', 'new'] : ['new', 'old']) {
    const t0 = performance.now();
    await read(which, bytes);
    times[which].push(performance.now() - t0);
  }
}
for (const { pool, letters } of Object.values(pools)) {
  await pool.close();
  await letters.close();
}
const q = (xs, p) => Math.round([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]);
const ratios = times.new.map((t, i) => t / times.old[i]).sort((a, b) => a - b);
const summary = {
  at: new Date().toISOString(),
  older: OLD,
  seed: Number(seed),
  images: files.length,
  workers,
  loadAvgBefore: loadBefore.map((x) => +x.toFixed(2)),
  loadAvgAfter: os.loadavg().map((x) => +x.toFixed(2)),
  ...Object.fromEntries(['old', 'new'].map((k) => [k, { medianMs: q(times[k], 0.5), p95Ms: q(times[k], 0.95), maxMs: Math.round(Math.max(...times[k])) }])),
  newOverOldMedian: +ratios[Math.floor(ratios.length / 2)].toFixed(2),
};
console.log(JSON.stringify(summary, null, 2));
fs.mkdirSync(path.join(NEW, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(NEW, 'bench/results', `ocr-paired-${summary.at.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(summary, null, 2)}\n`);

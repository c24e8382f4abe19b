// `npm run bench:ocr` — ticket scan accuracy and speed on the generated test set
// (tests/tickets/: 4 layouts, several fonts and themes, photographed-like damage).
// Two halves from two seeds: "tune" (the parser and thresholds were tuned on it) and
// "held" (kept out of tuning). Per field: right, wrong, left empty; a field is right
// only if exactly equal after normalising spaces. Time per image (prepare + OCR +
// parse, with SCAN_WORKERS workers as the scan route has them), the event loop's worst delay during the run, memory, and the
// load average (the machine is shared). Writes bench/results/ocr-<time>.json.
//
// The TypeScript modules are loaded with jiti (already installed for Prisma's config).
// Images are generated once per generator version into node_modules/.cache/.
//
// Flags: --count N    images per half (default 40)
//        --split S    tune | held | both | fresh | fresh2 | fresh3 | fresh4 | fresh5 | nanum (default both; fresh: a third seed,
//                     made in session 8 after the held half's errors had been looked at, kept unseen;
//                     fresh2: a fourth, added in session 9, fresh3: a fifth, added in session 10,
//                     fresh4: a sixth, added in session 11, each measured only at the end, totals only;
//                     nanum: seed 7 with its Hangul drawn in Nanum Gothic instead of Pretendard, the
//                     typeface every other set uses — whether the scan is fitted to Pretendard, session 11;
//                     fresh5: seed 8, added in session 12 before the seat pass, totals only, never its errors)
//        --write DIR  also copy the images and their expected fields to DIR
//        --cache      reuse OCR output from an earlier run (parser tuning; no timings)
//        --errors     print every field that was wrong or left empty
//        --rows ID    print the rows each preparation read from the images whose id contains ID
//                     (IDs separated by commas; only those images are read and scored)
//        --no-lexicon the title is not checked against the show catalog
//        --no-capitals seat capitals by the letter templates alone (no English model)
//        --calibrate  per field, how many best guesses would be right and wrong at each threshold
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const COUNT = Number(arg('count', 40));
const SPLIT = arg('split', 'both');
const WRITE = arg('write', null);
const CACHE = process.argv.includes('--cache');
const ERRORS = process.argv.includes('--errors');
const ROWS = arg('rows', null)?.split(',');
const shown = (id) => ROWS?.some((r) => id.includes(r));
const CALIBRATE = process.argv.includes('--calibrate');
// Without the catalog snap (lexicon.ts): what the reading alone gets.
const LEXICON = process.argv.includes('--no-lexicon') ? [] : undefined;
const CAPITALS = !process.argv.includes('--no-capitals');
const NO_THRESHOLDS = { title: 0, date: 0, time: 0, venue: 0, seat: 0, price: 0, kind: 0 };
const SEEDS = { tune: 1, held: 2, fresh: 3, fresh2: 4, fresh3: 5, fresh4: 6, nanum: 7, fresh5: 8 };
const HANGUL = { nanum: 'Nanum Gothic' };
// Preparation options to compare (JSON, e.g. {"flatten":false}); the default is the scan's own.
const PREPARE = process.env.SCAN_PREPARE ? JSON.parse(process.env.SCAN_PREPARE) : undefined;
// SCAN_PREPARE reads one preparation only; by default every one the scan uses (read.ts).
// A page segmentation mode to compare (tesseract's PSM), e.g. 11; the default is the scan's own.
const PAGE_MODE = process.env.SCAN_PSM ? { tessedit_pageseg_mode: process.env.SCAN_PSM } : undefined;
const FIELDS = ['title', 'date', 'time', 'venue', 'seat', 'price'];

const jiti = createJiti(import.meta.url, { alias: { '@': ROOT }, jsx: { runtime: 'automatic' } });
const gen = await jiti.import(path.join(ROOT, 'tests/tickets/generate.ts'));
const { createPool } = await jiti.import(path.join(ROOT, 'lib/pieces/scan/pool.ts'));
const { decodePhoto } = await jiti.import(path.join(ROOT, 'lib/pieces/scan/preprocess.ts'));
const { toRows } = await jiti.import(path.join(ROOT, 'lib/pieces/scan/rows.ts'));
const { glyphTemplates } = await jiti.import(path.join(ROOT, 'lib/pieces/scan/glyphs.ts'));
const { finishReading, mergeReadings, pageReader, PREPARATIONS, READ_BUDGET_MS, readPreparations } = await jiti.import(path.join(ROOT, 'lib/pieces/scan/read.ts'));
const PREPS = PREPARE ? [PREPARE] : PREPARATIONS;
const { repairLatin } = await jiti.import(path.join(ROOT, 'lib/pieces/scan/latin.ts'));
const { capitalsReader } = await jiti.import(path.join(ROOT, 'lib/pieces/scan/capitals.ts'));
const { catalogTitles } = await jiti.import(path.join(ROOT, 'lib/pieces/scan/lexicon.ts'));
const { normaliseTitle } = await jiti.import(path.join(ROOT, 'lib/shows/normalise.ts'));
const sharp = (await import('sharp')).default;
// Titles the bundled catalog knows (the scan may snap a near reading onto one of them):
// title accuracy is reported apart for tickets of shows in it and of shows not in it.
const CATALOG = new Set(catalogTitles().map(normaliseTitle));
const inCatalog = (title) => CATALOG.has(normaliseTitle(title));

const hashFiles = (files) => {
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(fs.readFileSync(path.join(ROOT, f)));
  return h.digest('hex').slice(0, 12);
};
const GEN_VERSION = `v${gen.SET_VERSION}`;
// What tesseract read depends only on these; the seat-letter pass and the parser run on every pass.
const OCR_VERSION = `${hashFiles(['lib/pieces/scan/preprocess.ts', 'lib/pieces/scan/deskew.ts', 'lib/pieces/scan/pool.ts', 'lib/pieces/scan/rows.ts', 'lib/pieces/scan/components.ts'])}-${crypto.createHash('sha256').update(JSON.stringify(PREPARE ?? {}) + JSON.stringify(PAGE_MODE ?? {})).digest('hex').slice(0, 6)}`;

/** The images of one half, generated once per generator version and kept in the cache. */
async function ticketSet(name) {
  const dir = path.join(ROOT, 'node_modules/.cache/moa-tickets', `${GEN_VERSION}-${SEEDS[name]}`);
  fs.mkdirSync(dir, { recursive: true });
  const out = [];
  for (let i = 0; i < COUNT; i++) {
    const done = fs.readdirSync(dir).find((f) => f.startsWith(`${SEEDS[name]}-${String(i).padStart(3, '0')}-`) && f.endsWith('.json'));
    if (done) {
      const meta = JSON.parse(fs.readFileSync(path.join(dir, done), 'utf8'));
      out.push({ ...meta, jpeg: fs.readFileSync(path.join(dir, done.replace(/\.json$/, '.jpg'))) });
      continue;
    }
    const t = await gen.makeTicket(SEEDS[name], i, HANGUL[name]);
    await gen.writeTicketSet(dir, [t]);
    out.push(t);
    process.stdout.write(`\r  generated ${name} ${i + 1}/${COUNT}`);
  }
  if (WRITE) await gen.writeTicketSet(path.join(WRITE, name), out);
  return out;
}

const norm = (v) => (v === null || v === undefined ? null : String(v).replace(/\s+/g, ' ').trim());
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function run(name, set, pool) {
  const cacheDir = path.join(ROOT, 'node_modules/.cache/moa-ocr', OCR_VERSION);
  fs.mkdirSync(cacheDir, { recursive: true });
  const score = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, wrong: 0, empty: 0 }]));
  const times = [];
  const items = [];
  const guesses = Object.fromEntries(FIELDS.map((f) => [f, []]));
  const titleBy = { inCatalog: { right: 0, wrong: 0, empty: 0 }, outOfCatalog: { right: 0, wrong: 0, empty: 0 } };
  console.log(`\n${name}: ${set.length} images`);
  for (const t of ROWS ? set.filter((x) => shown(x.id)) : set) {
    const t0 = performance.now();
    const imageKey = crypto.createHash('sha256').update(t.jpeg).digest('hex').slice(0, 16);
    const today = new Date(`${t.truth.scannedOn}T00:00:00Z`);
    // lib/pieces/scan/read.ts's own reading (each preparation read side by side, the fields
    // merged), with what tesseract read of each prepared page kept for --cache.
    let reader;
    const deadline = Date.now() + READ_BUDGET_MS;
    const readPage = (prep, first) => (reader ??= pageReader(decodePhoto(new Uint8Array(t.jpeg)), pool, { deadline, params: PAGE_MODE }))(prep, first);
    const cachedPage = async (prep, first) => {
      const key = path.join(cacheDir, `${imageKey}-${crypto.createHash('sha256').update(JSON.stringify(prep)).digest('hex').slice(0, 8)}`);
      if (CACHE && fs.existsSync(`${key}.json`)) {
        const lines = JSON.parse(fs.readFileSync(`${key}.json`, 'utf8'));
        if (!lines) return null;
        const png = fs.readFileSync(`${key}.png`);
        const { data, info } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
        return { png, img: { data, width: info.width, height: info.height }, lines };
      }
      const page = await readPage(prep, first).catch((err) => {
        if (first) throw err;
        return null;
      });
      fs.writeFileSync(`${key}.json`, JSON.stringify(page?.lines ?? null));
      if (page) fs.writeFileSync(`${key}.png`, page.png);
      return page;
    };
    const { fields, pages } = await readPreparations(cachedPage, { pool, letters, today, lexicon: LEXICON, preparations: PREPS });
    const read = pages.filter(Boolean);
    const readings = read.map((p) => p.fields);
    const skipped = pages.length - read.length;
    // Every best guess, however unsure: what the thresholds are chosen from (--calibrate) and what --errors shows.
    const guessed = [];
    if (ERRORS || CALIBRATE) for (const { page } of read) guessed.push(await finishReading(page.lines, page.img, { templates: await glyphTemplates(), pool, letters, today, thresholds: NO_THRESHOLDS, lexicon: LEXICON }));
    // For --rows: each preparation's rows (before the second looks), with its reading's seat.
    const rows = [];
    if (shown(t.id)) for (const [k, p] of pages.entries()) rows.push({ prep: PREPS[k], seat: p?.fields.seat ?? null, rows: p ? toRows(await repairLatin(p.page.lines, p.page.img, await glyphTemplates(), letters && capitalsReader(p.page.img, letters))) : [] });
    const guess = guessed.length ? mergeReadings(guessed, 0) : null;
    if (shown(t.id)) {
      console.log(`  ${t.id} ${JSON.stringify(t.truth)}`);
      for (const [k, p] of rows.entries()) {
        console.log(`   preparation ${k + 1} ${JSON.stringify(p.prep)}: ${p.seat ? `seat ${JSON.stringify(p.seat)}` : 'not read'}`);
        for (const r of p.rows) console.log(`    [${Math.round(r.confidence * 100)} h${Math.round(r.size)}] ${r.text}`);
      }
    }
    const ms = performance.now() - t0;
    if (CALIBRATE) {
      const all = guess;
      for (const f of FIELDS) if (all[f].value !== null) guesses[f].push({ score: all[f].confidence, right: norm(all[f].value) === norm(t.truth[f]) });
    }
    if (!CACHE) times.push(ms);
    const got = {};
    for (const f of FIELDS) {
      const want = norm(t.truth[f]);
      const have = norm(fields[f].value);
      const verdict = have === null ? 'empty' : have === want ? 'right' : 'wrong';
      score[f][verdict]++;
      got[f] = { have, want, verdict, confidence: fields[f].confidence };
      if (ERRORS && verdict !== 'right') console.log(`  ${t.id} ${f}: ${verdict} — got ${JSON.stringify(have ?? guess[f].value)}${have === null ? ' (below threshold)' : ''} (${fields[f].confidence}), want ${JSON.stringify(want)}`);
    }
    const catalog = inCatalog(t.truth.title);
    titleBy[catalog ? 'inCatalog' : 'outOfCatalog'][got.title.verdict]++;
    items.push({ id: t.id, layout: t.layout, font: t.look.font, degradation: t.degradation, inCatalog: catalog, ms: Math.round(ms), readings: readings.length, skipped, fields: got, perReading: readings.map((r) => Object.fromEntries(FIELDS.map((f) => [f, { value: norm(r[f].value), confidence: r[f].confidence }]))) });
  }
  const n = set.length;
  for (const f of FIELDS) {
    const s = score[f];
    console.log(`  ${f.padEnd(6)} right ${String(s.right).padStart(3)} (${((100 * s.right) / n).toFixed(0).padStart(3)}%)  wrong ${String(s.wrong).padStart(3)}  left empty ${String(s.empty).padStart(3)}`);
  }
  for (const [k, s] of Object.entries(titleBy)) {
    const m = s.right + s.wrong + s.empty;
    console.log(`  title, show ${k === 'inCatalog' ? 'in the catalog    ' : 'not in the catalog'}: right ${s.right}/${m} (${m ? ((100 * s.right) / m).toFixed(0) : '-'}%)  wrong ${s.wrong}  left empty ${s.empty}`);
  }
  if (CALIBRATE) {
    console.log('  threshold  ' + FIELDS.map((f) => f.padEnd(9)).join(' ') + '  (right/wrong filled at that threshold)');
    for (let th = 0.3; th <= 0.81; th += 0.05) {
      console.log(`  ${th.toFixed(2).padEnd(9)}  ` + FIELDS.map((f) => {
        const kept = guesses[f].filter((g) => g.score >= th);
        return `${kept.filter((g) => g.right).length}/${kept.filter((g) => !g.right).length}`.padEnd(9);
      }).join(' '));
    }
  }
  const time = times.length ? { medianMs: Math.round(pct(times, 50)), p95Ms: Math.round(pct(times, 95)), maxMs: Math.round(Math.max(...times)) } : null;
  if (time) console.log(`  time per image: median ${time.medianMs} ms, p95 ${time.p95Ms} ms, max ${time.maxMs} ms`);
  return { images: n, score, titleByCatalog: titleBy, accuracy: Object.fromEntries(FIELDS.map((f) => [f, +(score[f].right / n).toFixed(3)])), time, items };
}

// Drawing the tickets (satori) is synchronous work of the generator, not of the scan:
// it is done before anything is measured.
const halves = SPLIT === 'both' ? ['tune', 'held'] : [SPLIT];
const sets = {};
for (const name of halves) sets[name] = await ticketSet(name);
// The event loop's delay with nothing to do, as a yardstick: on a loaded machine the
// process itself waits for a core, and that shows up as delay too.
const idleLag = monitorEventLoopDelay({ resolution: 10 });
idleLag.enable();
await new Promise((r) => setTimeout(r, 10_000));
idleLag.disable();
const lag = monitorEventLoopDelay({ resolution: 10 });
const loadBefore = os.loadavg();
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, process.memoryUsage().rss); }, 100);
// As many workers as the scan route has (SCAN_WORKERS, lib/env.ts); a scan reads its preparations on them side by side.
const WORKERS = Number(process.env.SCAN_WORKERS ?? (await jiti.import(path.join(ROOT, 'lib/env.ts'))).SCAN_WORKERS_DEFAULT);
const pool = createPool({ size: WORKERS, maxWaiting: 16, idleMs: 60_000, timeoutMs: 120_000 });
// The English model for seat capitals, as the scan route has it (lib/pieces/scan/service.ts).
const letters = CAPITALS ? createPool({ size: WORKERS, maxWaiting: 16, idleMs: 60_000, timeoutMs: 120_000, lang: 'eng' }) : undefined;
// The first scan of a process also starts the worker and draws the glyph templates: timed apart.
const coldStart = performance.now();
const blank = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } }).png().toBuffer();
await Promise.all([...Array.from({ length: WORKERS }, () => [pool.recognize(blank), letters?.recognize(blank)]).flat(), glyphTemplates()]);
const coldStartMs = Math.round(performance.now() - coldStart);
const results = {};
const elu = performance.eventLoopUtilization();
lag.enable();
for (const name of halves) results[name] = await run(name, sets[name], pool);
lag.disable();
const busy = performance.eventLoopUtilization(elu);
const scans = Object.values(results).reduce((n, r) => n + r.images, 0);
clearInterval(sampler);
await pool.close();
await letters?.close();
const summary = {
  at: new Date().toISOString(),
  generator: GEN_VERSION,
  prepare: PREPS,
  ocr: OCR_VERSION,
  cached: CACHE,
  lexicon: LEXICON ? 'off' : 'bundled catalog',
  capitals: CAPITALS ? 'English model where the templates are unsure' : 'templates only',
  workers: WORKERS,
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadAvgBefore: loadBefore.map((x) => +x.toFixed(2)), loadAvgAfter: os.loadavg().map((x) => +x.toFixed(2)) },
  coldStartMs,
  memory: { rssBeforeMB: Math.round(rssBefore / 2 ** 20), rssPeakMB: Math.round(rssPeak / 2 ** 20) },
  eventLoop: {
    maxDelayMs: +(lag.max / 1e6).toFixed(1),
    p99DelayMs: +(lag.percentile(99) / 1e6).toFixed(1),
    idleMaxDelayMs: +(idleLag.max / 1e6).toFixed(1),
    idleP99DelayMs: +(idleLag.percentile(99) / 1e6).toFixed(1),
    // Time the main thread spent running (not waiting) per image: the scan's own share of the event loop.
    busyMsPerImage: Math.round(busy.active / Math.max(1, scans)),
  },
  results,
};
console.log(`\nload average before ${summary.machine.loadAvgBefore.join(' ')}, after ${summary.machine.loadAvgAfter.join(' ')} (${summary.machine.cpus} CPUs)`);
console.log(`cold start (${WORKERS} workers + glyph templates): ${coldStartMs} ms`);
console.log(`memory: rss ${summary.memory.rssBeforeMB} MB before, peak ${summary.memory.rssPeakMB} MB`);
console.log(`event loop delay during the run: max ${summary.eventLoop.maxDelayMs} ms, p99 ${summary.eventLoop.p99DelayMs} ms (idle, same machine: max ${summary.eventLoop.idleMaxDelayMs} ms, p99 ${summary.eventLoop.idleP99DelayMs} ms)`);
console.log(`main thread busy per image: ${summary.eventLoop.busyMsPerImage} ms (the rest runs in the worker thread and sharp's thread pool)`);
// BENCH_OUT=<file>: the summary written there too (experiments with --cache, which save nothing under bench/results).
if (process.env.BENCH_OUT) fs.writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(summary, null, 2)}\n`);
if (!CACHE) {
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const file = path.join(ROOT, 'bench/results', `ocr-${summary.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

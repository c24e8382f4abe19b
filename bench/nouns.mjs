// `npm run bench:nouns` — quality and speed of lib/couple/nouns.ts (offline Korean noun
// extraction) on the hand-labelled chat lines in tests/data/. Prints micro precision,
// recall and F1 on the labelled set (tuned on), the held-out set (kept out of tuning) and
// the fresh set (written blind, never tuned on), the first-call (dictionary) load
// time and µs per line, and writes them to bench/results/nouns.json.
//
// The TypeScript module is compiled with `typescript`'s transpileModule into
// node_modules/.cache/ (inside the repo, so its runtime require of @nlpjs/lang-ko
// resolves) and imported from there: plain Node 20, no loader.
//
// Speed: the dictionary load (first call), µs per line for new lines (nothing remembered)
// and for lines seen before (the module remembers parsed words), and key-mashing cost.
//
// Flags: --errors  also print the lines whose output differs from the gold (labelled set).
// Env:   BENCH_ROUNDS  timed passes over all lines (default 200).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const SHOW_ERRORS = process.argv.includes('--errors');

function compile() {
  const src = fs.readFileSync(path.join(ROOT, 'lib/couple/nouns.ts'), 'utf8');
  const { outputText } = ts.transpileModule(src, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: 'nouns.ts',
  });
  const dir = path.join(ROOT, 'node_modules/.cache/moa-bench-nouns');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `nouns-${process.pid}.mjs`);
  fs.writeFileSync(file, outputText);
  return file;
}

/** Rows of a `line<TAB>noun,noun` file; `#` lines are comments. */
function readSet(name) {
  return fs
    .readFileSync(path.join(ROOT, 'tests/data', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [line, gold = ''] = l.split('\t');
      return { line, gold: gold.split(',').map((s) => s.trim()).filter(Boolean) };
    });
}

/** Micro precision / recall / F1, nouns matched as multisets per line. */
function score(rows, extract) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const errors = [];
  for (const r of rows) {
    const got = extract(r.line);
    const left = new Map();
    for (const g of r.gold) left.set(g, (left.get(g) ?? 0) + 1);
    let hit = 0;
    for (const w of got) {
      const n = left.get(w) ?? 0;
      if (n > 0) {
        hit++;
        left.set(w, n - 1);
      }
    }
    tp += hit;
    predicted += got.length;
    gold += r.gold.length;
    if (hit !== got.length || hit !== r.gold.length) errors.push({ line: r.line, gold: r.gold, got });
  }
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r3 = (x) => +x.toFixed(3);
  return { lines: rows.length, goldNouns: gold, predictedNouns: predicted, truePositives: tp, precision: r3(precision), recall: r3(recall), f1: r3(f1), errors };
}

async function main() {
  const file = compile();
  const t0 = performance.now();
  const mod = await import(pathToFileURL(file).href);
  const importMs = performance.now() - t0;

  const t1 = performance.now();
  mod.extractNouns('워밍업 한 줄'); // first call loads the dictionary
  const loadMs = performance.now() - t1;

  const labelled = readSet('nouns-labelled.tsv');
  const heldout = readSet('nouns-heldout.tsv');
  const fresh = readSet('nouns-fresh.tsv');

  // Speed. The module remembers the words it has parsed, so two figures: µs per line
  // with nothing remembered (every word parsed; the JIT warmed on the labelled lines
  // first), and µs per line seen before.
  for (let i = 0; i < 10; i++) {
    mod.clearNounCache();
    for (const r of labelled) mod.extractNouns(r.line);
  }
  mod.clearNounCache();
  const t2 = performance.now();
  for (const r of heldout) mod.extractNouns(r.line);
  const usPerNewLine = ((performance.now() - t2) * 1000) / heldout.length;

  const L = score(labelled, mod.extractNouns);
  const H = score(heldout, mod.extractNouns);
  const F = score(fresh, mod.extractNouns);

  const all = [...labelled, ...heldout].map((r) => r.line);
  const t3 = performance.now();
  for (let i = 0; i < ROUNDS; i++) for (const l of all) mod.extractNouns(l);
  const usPerLine = ((performance.now() - t3) * 1000) / (ROUNDS * all.length);
  // Key-mashing: 300 random 16-syllable runs of verb-ending syllables (fixed seed), the
  // costliest input for the verb analysis.
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const alphabet = [...'지고해가보어아요다었겠하서게네니러려면야자'];
  let worst = 0;
  const t4 = performance.now();
  for (let i = 0; i < 300; i++) {
    const run = Array.from({ length: 16 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    const t = performance.now();
    mod.extractNouns(run);
    worst = Math.max(worst, performance.now() - t);
  }
  const keyMashMs = (performance.now() - t4) / 300;

  fs.rmSync(file, { force: true });
  if (SHOW_ERRORS) {
    console.log('--- labelled-set lines that differ (gold | got)');
    for (const e of L.errors) console.log(`${e.line}\n    gold: ${e.gold.join(',')}\n    got:  ${e.got.join(',')}`);
  }
  const strip = ({ errors, ...rest }) => ({ ...rest, linesWithErrors: errors.length });
  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: os.cpus().length, model: os.cpus()[0]?.model, loadAvg: os.loadavg().map((x) => +x.toFixed(2)) },
    labelled: strip(L),
    heldout: strip(H),
    fresh: strip(F),
    speed: {
      moduleImportMs: +importMs.toFixed(1),
      firstCallLoadMs: +loadMs.toFixed(1),
      usPerNewLine: +usPerNewLine.toFixed(2),
      usPerLine: +usPerLine.toFixed(2),
      keyMashRunMs: { avg: +keyMashMs.toFixed(3), max: +worst.toFixed(2) },
      lines: all.length,
      rounds: ROUNDS,
    },
  };
  const fmt = (n, s) => `${n.padEnd(9)} lines ${String(s.lines).padStart(3)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
  console.log(fmt('labelled', results.labelled));
  console.log(fmt('held-out', results.heldout));
  console.log(fmt('fresh', results.fresh));
  const sp = results.speed;
  console.log(`speed     first call (dictionary load) ${sp.firstCallLoadMs} ms; ${sp.usPerNewLine} µs per new line, ${sp.usPerLine} µs per line seen before`);
  console.log(`          key-mash run (16 syllables) ${sp.keyMashRunMs.avg} ms on average, ${sp.keyMashRunMs.max} ms at worst`);
  const out = path.join(ROOT, 'bench/results/nouns.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`wrote ${path.relative(ROOT, out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

// `node bench/first-load-sources.mjs <first-load-….json> [page …]` — what a page's
// first-load JavaScript is made of: each script of a BENCH_BYTES_ONLY=1 run, its gzipped
// size shared out over the source files (packages grouped) by their bytes in the chunk,
// and modules that two of the page's scripts both carry (Turbopack copies a module into
// each chunk group that uses it). Needs a build with source maps:
//   MOA_SOURCE_MAPS=1 MOA_DIST_DIR=.next-analyze npm run build
//   BENCH_BYTES_ONLY=1 MOA_DIST_DIR=.next-analyze npm run bench:lighthouse
// Env: MOA_DIST_DIR (default .next-analyze), TOP (rows per script, default 12).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { sourceGroup } from './lib/sources.mjs';

const DIST = process.env.MOA_DIST_DIR ?? '.next-analyze';
const TOP = Number(process.env.TOP ?? 12);
const [resultFile, ...only] = process.argv.slice(2);
if (!resultFile) throw new Error('usage: node bench/first-load-sources.mjs <first-load-….json> [page …]');
const results = JSON.parse(fs.readFileSync(resultFile, 'utf8'));

/** { gz, bytes: {group: raw bytes}, sources: Set } for one script, from its source map. */
function attribute(src) {
  const file = path.join(DIST, src.replace(/^\/?_next\//, ''));
  const code = fs.readFileSync(file, 'utf8');
  const gz = zlib.gzipSync(code).length;
  const url = code.match(/sourceMappingURL=(\S+)\s*$/)?.[1];
  if (!url) return { gz, bytes: { '(no source map)': code.length }, sources: new Set(), size: code.length };
  const map = JSON.parse(fs.readFileSync(path.join(path.dirname(file), url), 'utf8'));
  const lineStart = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStart.push(i + 1);
  const segs = [];
  for (const sec of map.sections ?? [{ offset: { line: 0, column: 0 }, map }]) {
    decode(sec.map.mappings).forEach((line, li) => {
      for (const seg of line) segs.push([lineStart[li + sec.offset.line] + (li === 0 ? sec.offset.column : 0) + seg[0], seg.length > 1 ? sec.map.sources[seg[1]] : null]);
    });
  }
  segs.sort((a, b) => a[0] - b[0]);
  const bytes = {};
  const sources = new Set();
  segs.forEach(([at, s], i) => {
    const k = s ? sourceGroup(s) : '(unmapped)';
    if (s) sources.add(s);
    bytes[k] = (bytes[k] ?? 0) + ((segs[i + 1]?.[0] ?? code.length) - at);
  });
  return { gz, bytes, sources, size: code.length };
}

for (const [page, row] of Object.entries(results.pages)) {
  if (only.length && !only.includes(page)) continue;
  console.log(`\n# ${page}: ${row.kib} KiB gzipped in ${row.scripts} scripts`);
  const carriers = new Map();
  for (const src of Object.keys(row.chunksGzKiB)) {
    const a = attribute(src);
    console.log(`  ${src}  ${(a.gz / 1024).toFixed(1)} KiB`);
    for (const [k, n] of Object.entries(a.bytes).sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`    ${((n / a.size) * a.gz / 1024).toFixed(1).padStart(6)}  ${k}`);
    for (const s of a.sources) carriers.set(s, [...(carriers.get(s) ?? []), src.split('/').pop()]);
  }
  const twice = [...carriers].filter(([, cs]) => cs.length > 1);
  if (twice.length) console.log(`  carried twice: ${twice.map(([s, cs]) => `${sourceGroup(s)}:${path.basename(s)} (${cs.join(', ')})`).join('; ')}`);
}

// A small reader for single Latin capitals and digits. tesseract's Korean model has no
// Latin letters at all (an "F" comes back as "『", a "B" as "8"), and seats are full of
// them (R석, B구역, F열). So where a seat token's value looks misread, the glyphs are
// cut out of the prepared image and compared with A–Z and 0–9 drawn in the bundled
// Pretendard (regular and bold): shape correlation plus width-to-height ratio.
import satori from 'satori';
import sharp from 'sharp';
import { loadFonts } from '@/lib/render/png';

export interface Gray { data: Uint8Array; width: number; height: number }
export interface Template { char: string; cells: Float32Array; aspect: number }

const GW = 16;
const GH = 24;
export const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';

/** Otsu's threshold of a grey crop (dark print on light paper after preparation). */
function otsu(data: Uint8Array): number {
  const hist = new Array(256).fill(0);
  for (const v of data) hist[v]++;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i];
  let sumB = 0, wB = 0, best = 0, threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t];
    if (!wB) continue;
    const wF = data.length - wB;
    if (!wF) break;
    sumB += t * hist[t];
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > best) { best = between; threshold = t; }
  }
  return threshold;
}

/** Ink (1) / paper (0) of a region, at Otsu's threshold of its grey. */
export function ink(img: Gray, x0: number, y0: number, x1: number, y1: number) {
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const crop = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) crop[y * w + x] = img.data[Math.min(img.height - 1, y0 + y) * img.width + Math.min(img.width - 1, x0 + x)];
  const t = otsu(crop);
  const bits = new Uint8Array(w * h);
  for (let i = 0; i < crop.length; i++) bits[i] = crop[i] <= t ? 1 : 0;
  return { bits, w, h };
}

/** The cells of a glyph: its ink box scaled to gw×gh (area-averaged), and its aspect. */
export function cellsOf(bits: Uint8Array, w: number, h: number, gw = GW, gh = GH): { cells: Float32Array; aspect: number } | null {
  let minX = w, maxX = -1, minY = h, maxY = -1;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (bits[y * w + x]) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
  if (maxX < 0) return null;
  const bw = maxX - minX + 1;
  const bh = maxY - minY + 1;
  const cells = new Float32Array(gw * gh);
  for (let cy = 0; cy < gh; cy++) {
    for (let cx = 0; cx < gw; cx++) {
      const sx0 = minX + Math.floor((cx * bw) / gw), sx1 = minX + Math.max(Math.floor(((cx + 1) * bw) / gw), Math.floor((cx * bw) / gw) + 1);
      const sy0 = minY + Math.floor((cy * bh) / gh), sy1 = minY + Math.max(Math.floor(((cy + 1) * bh) / gh), Math.floor((cy * bh) / gh) + 1);
      let s = 0, n = 0;
      for (let y = sy0; y < sy1; y++) for (let x = sx0; x < sx1; x++) { s += bits[y * w + x]; n++; }
      cells[cy * gw + cx] = s / n;
    }
  }
  return { cells, aspect: bw / bh };
}

/** Columns of a region with ink in them (its own threshold), as runs [x0, x1) in page coordinates. */
export function inkRuns(img: Gray, box: { x0: number; y0: number; x1: number; y1: number }): { x0: number; x1: number }[] {
  const { bits, w, h } = ink(img, box.x0, box.y0, box.x1, box.y1);
  const runs: { x0: number; x1: number }[] = [];
  for (let x = 0; x < w; x++) {
    let s = 0;
    for (let y = 0; y < h; y++) s += bits[y * w + x];
    const last = runs[runs.length - 1];
    if (s && last && last.x1 === box.x0 + x) last.x1++;
    else if (s) runs.push({ x0: box.x0 + x, x1: box.x0 + x + 1 });
  }
  return runs;
}

/**
 * Split a region's ink into glyphs at columns without ink (sans-serif capitals and digits
 * do not touch). Ink running into the region's edge is a neighbour's and left out, unless
 * `openRight` says the right edge is a cut the caller made through a glyph's joint.
 */
export function splitGlyphs(img: Gray, box: { x0: number; y0: number; x1: number; y1: number }, { openRight = false } = {}) {
  const { bits, w, h } = ink(img, box.x0, box.y0, box.x1, box.y1);
  const cols = Array.from({ length: w }, (_, x) => { let s = 0; for (let y = 0; y < h; y++) s += bits[y * w + x]; return s; });
  const found: { cells: Float32Array; aspect: number; inkHeight: number; x0: number; x1: number; y0: number; y1: number }[] = [];
  for (let x = 0; x < w;) {
    while (x < w && cols[x] === 0) x++;
    const start = x;
    while (x < w && cols[x] > 0) x++;
    // Ink running into the crop's edge is part of a neighbouring character, cut.
    if (x - start < 1 || start === 0 || (x === w && !openRight)) continue;
    const part = new Uint8Array((x - start) * h);
    for (let y = 0; y < h; y++) for (let i = start; i < x; i++) part[y * (x - start) + (i - start)] = bits[y * w + i];
    const c = cellsOf(part, x - start, h);
    if (!c) continue;
    let top = 0;
    while (top < h && !part.subarray(top * (x - start), (top + 1) * (x - start)).some((b) => b)) top++;
    found.push({ ...c, inkHeight: (x - start) / c.aspect, x0: box.x0 + start, x1: box.x0 + x, y0: box.y0 + top, y1: box.y0 + top + (x - start) / c.aspect });
  }
  // Specks and punctuation are much shorter than the capitals and digits beside them.
  const tallest = Math.max(0, ...found.map((g) => g.inkHeight));
  return found.filter((g) => g.inkHeight >= tallest * 0.6 && g.inkHeight >= 4).map(({ inkHeight: _h, ...g }) => g);
}

/** Share of cells that agree (1 − mean absolute difference): a solid bar (I) matches a solid bar. */
export function similarity(a: Float32Array, b: Float32Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i] - b[i]);
  return 1 - d / a.length;
}

/** The best matching character among `allowed`, with its score and the margin over the runner-up. */
export function classify(glyph: { cells: Float32Array; aspect: number }, templates: Template[], allowed: string) {
  const scores = new Map<string, number>();
  for (const t of templates) {
    if (!allowed.includes(t.char)) continue;
    const s = similarity(glyph.cells, t.cells) - 0.25 * Math.abs(Math.log(glyph.aspect / t.aspect));
    if (s > (scores.get(t.char) ?? -Infinity)) scores.set(t.char, s);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  return { char: ranked[0][0], score: ranked[0][1], margin: ranked[0][1] - (ranked[1]?.[1] ?? -1) };
}

let templates: Promise<Template[]> | undefined;
/** A–Z and 0–9 in Pretendard regular and bold, drawn once per process. */
export function glyphTemplates(): Promise<Template[]> {
  templates ??= (async () => {
    const fonts = await loadFonts();
    const out: Template[] = [];
    for (const weight of [400, 700] as const) {
      for (const char of LATIN + DIGITS) {
        const el = { type: 'div', props: { style: { display: 'flex', width: 80, height: 100, background: '#fff', color: '#000', fontSize: 72, fontWeight: weight, fontFamily: 'Pretendard', alignItems: 'center', justifyContent: 'center' }, children: char } };
        const svg = await satori(el as unknown as React.ReactNode, { width: 80, height: 100, fonts });
        const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
        const { bits, w, h } = ink({ data, width: info.width, height: info.height }, 0, 0, info.width, info.height);
        const c = cellsOf(bits, w, h);
        if (c) out.push({ char, ...c });
      }
    }
    return out;
  })().catch((err) => {
    templates = undefined;
    throw err;
  });
  return templates;
}

// Hangul syllables one short stroke apart (낮/낯, 빚/빛, 거/겨, 이/히): the Korean model
// drops or adds the stroke that tells ㅈ from ㅊ, ㄱ from ㅋ, ㅓ from ㅕ, and the reading
// is a real syllable either way, so neither the catalog snap nor the plausibility of the
// title can tell. On the title's line each such syllable is cut out of the image and
// compared with its stroke twins drawn in the bundled Pretendard (regular and bold); a
// twin replaces the reading only when the ink matches it clearly better.
import satori from 'satori';
import sharp from 'sharp';
import { loadFonts } from '@/lib/render/png';
import { cellsOf, ink, similarity, type Gray } from './glyphs';
import type { Box, OcrLine } from './rows';
import { jamo } from './text';

// Pairs of letters where one is the other with a short stroke added (indices in
// Unicode's syllable order): initial ㄱㅋ ㄷㅌ ㅈㅊ ㅇㅎ; vowel ㅏㅑ ㅐㅒ ㅓㅕ ㅔㅖ ㅗㅛ ㅜㅠ;
// final ㄱㅋ ㄷㅌ ㅈㅊ ㅇㅎ.
const TWINS: readonly (readonly [number, number])[][] = [
  [[0, 15], [3, 16], [12, 14], [11, 18]],
  [[0, 2], [1, 3], [4, 6], [5, 7], [8, 12], [13, 17]],
  [[1, 24], [7, 25], [22, 23], [21, 27]],
];

const SYLLABLE_BASE = 0xac00;
const compose = ([i, v, f]: [number, number, number]) => String.fromCharCode(SYLLABLE_BASE + i * 588 + v * 28 + f);

/** The syllables that differ from `c` by one letter's short stroke (낮 → 낯, 난, …: 낯 only). */
export function strokeTwins(c: string): string[] {
  const p = jamo(c);
  if (!p) return [];
  const out: string[] = [];
  TWINS.forEach((pairs, slot) => {
    for (const [a, b] of pairs) {
      const other = p[slot] === a ? b : p[slot] === b ? a : null;
      if (other === null) continue;
      const q: [number, number, number] = [...p];
      q[slot] = other;
      out.push(compose(q));
    }
  });
  return out;
}

// Finer than the Latin templates' 16×24: the stroke that tells twins apart is a tenth of a syllable.
const CELLS = 32;
interface Shape { cells: Float32Array; aspect: number }

// Syllables drawn so far, kept for the process (about 8 KB each; the oldest go past the cap).
const drawn = new Map<string, Promise<Shape[]>>();
const DRAWN_MAX = 1000;
/** A syllable drawn in Pretendard regular and bold. */
function templatesOf(c: string): Promise<Shape[]> {
  let t = drawn.get(c);
  if (!t) {
    if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
    t = (async () => {
      const fonts = await loadFonts();
      const out: Shape[] = [];
      for (const weight of [400, 700] as const) {
        const el = { type: 'div', props: { style: { display: 'flex', width: 110, height: 110, background: '#fff', color: '#000', fontSize: 80, fontWeight: weight, fontFamily: 'Pretendard', alignItems: 'center', justifyContent: 'center' }, children: c } };
        const svg = await satori(el as unknown as React.ReactNode, { width: 110, height: 110, fonts });
        const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
        const { bits, w, h } = ink({ data, width: info.width, height: info.height }, 0, 0, info.width, info.height);
        const shape = cellsOf(bits, w, h, CELLS, CELLS);
        if (shape) out.push(shape);
      }
      return out;
    })();
    t.catch(() => drawn.delete(c));
    drawn.set(c, t);
  }
  return t;
}

/** Runs of columns with ink, [x0, x1). */
function runsOf(cols: number[]): { x0: number; x1: number }[] {
  const runs: { x0: number; x1: number }[] = [];
  for (let x = 0; x < cols.length;) {
    while (x < cols.length && !cols[x]) x++;
    const start = x;
    while (x < cols.length && cols[x]) x++;
    if (x > start) runs.push({ x0: start, x1: x });
  }
  return runs;
}

/**
 * A line's ink grouped into syllable-sized pieces, left to right: its ink columns joined
 * while together no wider than the print is tall (a syllable's letters may stand apart,
 * 겨 as ㄱ and ㅕ). Ink far off either end (a perforation or a ticket's edge inside
 * tesseract's line box) is left out. `size` is the print's height.
 */
function inkPieces(img: Gray, line: Box): { pieces: Box[]; size: number } | null {
  const lh = line.y1 - line.y0;
  if (lh < 8) return null;
  const band = {
    x0: Math.max(0, Math.round(line.x0 - lh * 0.2)),
    x1: Math.min(img.width, Math.round(line.x1 + lh * 0.2)),
    y0: Math.max(0, Math.round(line.y0 - lh * 0.15)),
    y1: Math.min(img.height, Math.round(line.y1 + lh * 0.15)),
  };
  const { bits, w, h } = ink(img, band.x0, band.y0, band.x1, band.y1);
  const columns = (y0: number, y1: number) => Array.from({ length: w }, (_, x) => { let n = 0; for (let y = y0; y < y1; y++) n += bits[y * w + x]; return n; });
  // Ink far off either end (a perforation or a ticket's edge inside tesseract's line box) is no syllable.
  const trim = (runs: { x0: number; x1: number }[], scale: number) => {
    while (runs.length > 1 && runs[1].x0 - runs[0].x1 > scale * 1.5) runs.shift();
    while (runs.length > 1 && runs[runs.length - 1].x0 - runs[runs.length - 2].x1 > scale * 1.5) runs.pop();
    return runs;
  };
  const all = trim(runsOf(columns(0, h)), lh);
  if (!all.length) return null;
  const [left, right] = [all[0].x0, all[all.length - 1].x1];
  const rows = Array.from({ length: h }, (_, y) => { let n = 0; for (let x = left; x < right; x++) n += bits[y * w + x]; return n; });
  // The line itself: of the bands of inked rows (a line of print above or below, inside
  // tesseract's loose box, is another band), the one with the most ink. Blank rows inside
  // a syllable (between 빛's ㅣ and ㅊ) are bridged.
  const bands: { y0: number; y1: number; ink: number }[] = [];
  rows.forEach((n, y) => {
    if (!n) return;
    const last = bands[bands.length - 1];
    if (last && y - last.y1 <= Math.max(2, (last.y1 - last.y0) * 0.15)) {
      last.y1 = y + 1;
      last.ink += n;
    } else bands.push({ y0: y, y1: y + 1, ink: n });
  });
  const main = bands.reduce<(typeof bands)[number] | null>((m, b) => (!m || b.ink > m.ink ? b : m), null);
  if (!main) return null;
  const size = main.y1 - main.y0;
  const groups: { x0: number; x1: number }[] = [];
  for (const run of runsOf(columns(main.y0, main.y1))) {
    const last = groups[groups.length - 1];
    if (last && run.x1 - last.x0 <= size * 1.1 && run.x0 - last.x1 < size * 0.3) last.x1 = run.x1;
    else groups.push({ ...run });
  }
  trim(groups, size);
  return { pieces: groups.map((g) => ({ x0: band.x0 + g.x0, x1: band.x0 + g.x1, y0: band.y0 + main.y0, y1: band.y0 + main.y1 })), size };
}

const gapsOf = (pieces: Box[]) => pieces.slice(1).map((p, i) => p.x0 - pieces[i].x1);

/**
 * The syllables of a line of Hangul as boxes. `words` are the line's words' lengths in
 * syllables. Null unless the ink's pieces match them one to one: as many pieces as
 * syllables, and every gap between words wider than every gap inside one. Then nothing
 * is guessed about which ink is which syllable.
 */
export function syllableBoxes(img: Gray, line: Box, words: number[]): Box[] | null {
  const found = inkPieces(img, line);
  if (!found || found.pieces.length !== words.reduce((a, b) => a + b, 0)) return null;
  const starts = new Set(words.slice(0, -1).map((_, i) => words.slice(0, i + 1).reduce((a, b) => a + b, 0)));
  const gaps = gapsOf(found.pieces).map((width, i) => ({ width, space: starts.has(i + 1) }));
  const inside = Math.max(0, ...gaps.filter((g) => !g.space).map((g) => g.width));
  if (gaps.some((g) => g.space && g.width <= inside)) return null;
  return found.pieces;
}

const MARKED_LINE = /^(?:[가-힣]+|\S)(?: (?:[가-힣]+|\S))*$/;

const score = (glyph: Shape, t: Shape) => similarity(glyph.cells, t.cells) - 0.25 * Math.abs(Math.log(glyph.aspect / t.aspect));

/** How well a cut glyph matches each candidate syllable (its best weight). */
async function matches(glyph: Shape, chars: string[]): Promise<number[]> {
  return Promise.all(chars.map(async (c) => Math.max(...(await templatesOf(c)).map((t) => score(glyph, t)))));
}

// How much better a twin must match than the syllable read, and how well at least (a cut
// that matches nothing well, under glare or a crease, is no evidence). Set on the tune,
// held and fresh3 sets: twins that were right won by 0.057–0.069 and matched at ≥ 0.82;
// the surest wrong one won by 0.030, matching at 0.57.
export const TWIN_MARGIN = 0.04;
export const TWIN_MIN = 0.75;

export interface TwinVerdict { at: number; read: string; twin: string; readScore: number; twinScore: number }

/**
 * For each syllable of a line of Hangul (spaces left out) that has stroke twins: how
 * well its ink matches the syllable read and the best-matching twin. Null when the line
 * holds anything but syllables and lone marks, or its ink cannot be matched to them one
 * to one.
 */
export async function twinVerdicts(line: OcrLine, img: Gray): Promise<TwinVerdict[] | null> {
  // Only a line of whole syllables, and marks standing alone ("ᆞ 연극 빚의 거울", "… ᅵ"),
  // each one piece of ink: a speck glued to a word would shift the syllables.
  if (!MARKED_LINE.test(line.text)) return null;
  const words = line.text.split(' ');
  const chars = [...words.join('')];
  if (!chars.some((c) => strokeTwins(c).length)) return [];
  // A lone mark at an end may be ink the cut leaves out (a perforation far off, a faint
  // speck): the words are tried without it too.
  const lengths = words.map((w) => [...w].length);
  const lone = (w: string) => !/[가-힣]/.test(w);
  const from = lone(words[0]) ? 1 : 0;
  const to = lone(words[words.length - 1]) && words.length - from > 1 ? words.length - 1 : words.length;
  let boxes: (Box | undefined)[] | null = null;
  for (const [i, j] of [[0, words.length], [from, words.length], [0, to], [from, to]]) {
    const found = syllableBoxes(img, line.box, lengths.slice(i, j));
    // Placed by character: none for the marks left out.
    if (found) boxes = [...new Array<undefined>(i ? lengths[0] : 0), ...found];
    if (boxes) break;
  }
  if (!boxes) return null;
  const out: TwinVerdict[] = [];
  for (let i = 0; i < chars.length; i++) {
    const twins = strokeTwins(chars[i]);
    if (!twins.length) continue;
    const b = boxes[i];
    if (!b) continue;
    const { bits, w, h } = ink(img, b.x0, b.y0, b.x1, b.y1);
    const glyph = cellsOf(bits, w, h, CELLS, CELLS);
    if (!glyph) continue;
    const [readScore, ...other] = await matches(glyph, [chars[i], ...twins]);
    const best = other.reduce((k, s, j) => (s > other[k] ? j : k), 0);
    out.push({ at: i, read: chars[i], twin: twins[best], readScore, twinScore: other[best] });
  }
  return out;
}

/**
 * The line with each syllable whose stroke twin matches its ink clearly better replaced
 * by that twin; the line itself when nothing changed or its ink cannot be matched to its
 * characters one to one.
 */
export async function mendStrokes(line: OcrLine, img: Gray, margin = TWIN_MARGIN): Promise<OcrLine> {
  const verdicts = (await twinVerdicts(line, img)) ?? [];
  const swap = new Map(verdicts.filter((v) => v.twinScore - v.readScore >= margin && v.twinScore >= TWIN_MIN).map((v) => [v.at, v.twin]));
  if (!swap.size) return line;
  let k = 0;
  const text = [...line.text].map((c) => (/\s/.test(c) ? c : (swap.get(k++) ?? c))).join('');
  return { ...line, text };
}

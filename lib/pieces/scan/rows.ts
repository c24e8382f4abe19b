// What tesseract read, as visual rows: words whose boxes share a horizontal band are
// one row, left to right, however tesseract split them into blocks (a mobile ticket's
// label on the left and value on the right come back as one row "좌석 1층 A열 12번").
import type { Page } from 'tesseract.js';
import { clean } from './text';

export interface Box { x0: number; y0: number; x1: number; y1: number }
export interface OcrSymbol { text: string; box: Box }
export interface OcrWord { text: string; confidence: number; box: Box; symbols?: OcrSymbol[] }
/** A line as tesseract read it: its text keeps tesseract's own spacing, which knows
 *  better than the word boxes (it splits Korean words into syllables) where spaces are. */
export interface OcrLine { text: string; confidence: number; box: Box; words: OcrWord[] }
export interface Row {
  /** The row's lines joined by single spaces, cleaned (NFKC). */
  text: string;
  /** The lines tesseract read in this band, left to right (a label and its value, a ticket and its stub). */
  lines: OcrLine[];
  words: OcrWord[];
  box: Box;
  /** Height of the row's text in pixels (median word height): how prominent it is. */
  size: number;
  /** Mean word confidence, 0–1. */
  confidence: number;
  index: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** The lines of a recognised page, with their words (empty ones dropped). */
export function pageLines(page: Pick<Page, 'blocks'>): OcrLine[] {
  const out: OcrLine[] = [];
  for (const b of page.blocks ?? []) {
    for (const p of b.paragraphs) {
      for (const l of p.lines) {
        const words = l.words
          .map((w) => ({ text: clean(w.text), confidence: w.confidence / 100, box: w.bbox, symbols: (w.symbols ?? []).map((sy) => ({ text: clean(sy.text), box: sy.bbox })) }))
          .filter((w) => w.text);
        const text = clean(l.text);
        if (text && words.length) out.push({ text, confidence: l.confidence / 100, box: l.bbox, words });
      }
    }
  }
  return out;
}

const mid = (b: Box) => (b.y0 + b.y1) / 2;

/** Group lines into rows by vertical overlap, top to bottom, each row's lines left to right. */
export function toRows(lines: OcrLine[]): Row[] {
  const groups: OcrLine[][] = [];
  for (const l of [...lines].sort((a, b) => mid(a.box) - mid(b.box))) {
    const h = l.box.y1 - l.box.y0;
    // A line joins the last row whose band holds its middle (and is of a similar height).
    const g = groups.findLast((g) => {
      const top = median(g.map((x) => x.box.y0));
      const bottom = median(g.map((x) => x.box.y1));
      const gh = bottom - top;
      return mid(l.box) > top && mid(l.box) < bottom && h < gh * 2.2 && gh < h * 2.2;
    });
    if (g) g.push(l);
    else groups.push([l]);
  }
  return groups
    .map((g) => g.sort((a, b) => a.box.x0 - b.box.x0))
    .sort((a, b) => median(a.map((l) => l.box.y0)) - median(b.map((l) => l.box.y0)))
    .map((g, index) => {
      const words = g.flatMap((l) => l.words);
      return {
        text: clean(g.map((l) => l.text).join(' ')),
        lines: g,
        words,
        box: { x0: Math.min(...g.map((l) => l.box.x0)), y0: Math.min(...g.map((l) => l.box.y0)), x1: Math.max(...g.map((l) => l.box.x1)), y1: Math.max(...g.map((l) => l.box.y1)) },
        size: median(words.map((w) => w.box.y1 - w.box.y0)),
        confidence: words.reduce((s, w) => s + w.confidence, 0) / words.length,
        index,
      };
    });
}

/** Lines from plain text (unit tests): one line per text line, word boxes laid out by length, `sizes` the text heights. */
export function linesFromText(text: string, sizes: number[] = []): OcrLine[] {
  let y = 0;
  return text.split('\n').map((l) => clean(l)).filter(Boolean).map((line, i) => {
    const size = sizes[i] ?? 30;
    y += size * 0.4; // below the previous line, with a gap
    let x = 0;
    const words = line.split(' ').map((t) => {
      const w = { text: t, confidence: 0.9, box: { x0: x, y0: y, x1: x + t.length * size, y1: y + size } };
      x += (t.length + 1) * size;
      return w;
    });
    const box = { x0: 0, y0: y, x1: x, y1: y + size };
    y += size;
    return { text: line, confidence: 0.9, box, words };
  });
}

export const rowsFromText = (text: string, sizes?: number[]) => toRows(linesFromText(text, sizes));

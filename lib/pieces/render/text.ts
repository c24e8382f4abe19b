// Text fitting without measuring: widths are estimated from Pretendard's advances per
// character class, so the same pure function picks the same size and cut in the
// browser preview and on the server. The estimates lean wide, so a line that is
// estimated to fit does fit; lineClamp in the layouts is the backstop.
import { printable } from '@/lib/render/printable';

/** Estimated advance of one character in em (Pretendard). */
export function advance(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x20) return 0.28;
  // Hangul, CJK, full-width forms: one em (Pretendard's Hangul is a little under).
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60)) return 0.96;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[mwMW@%]/.test(ch)) return 0.86;
  if (/[a-z0-9]/.test(ch)) return 0.58;
  if (/[.,:;'"!|ilj()[\]`·]/.test(ch)) return 0.3;
  return 0.62;
}

export const textWidth = (text: string, size: number) => [...text].reduce((w, ch) => w + advance(ch), 0) * size;

/**
 * Greedy line breaking as the layouts ask for it (`wordBreak: keep-all`: Korean words
 * stay whole), with a word longer than a line broken by characters.
 */
export function wrapLines(text: string, size: number, width: number): string[] {
  return wrap(text, size, width).lines;
}

function wrap(text: string, size: number, width: number): { lines: string[]; broken: boolean } {
  const lines: string[] = [];
  let broken = false;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let chunk = '';
    if (textWidth(word, size) > width) broken = true;
    for (const ch of word) {
      if (textWidth(chunk + ch, size) > width && chunk) {
        lines.push(chunk);
        chunk = '';
      }
      chunk += ch;
    }
    line = chunk;
  }
  if (line) lines.push(line);
  return { lines, broken };
}

/** Cut to at most `max` characters (by code point), on a word boundary when one is near, with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.7 ? cut.slice(0, space) : cut).trimEnd().replace(/[.,·…]+$/, '')}…`;
}

/** Printable single-line-ish text: emoji dropped, runs of white space folded. */
export const tidy = (text: string | null | undefined) => printable(text ?? '').replace(/\s+/g, ' ').trim();

export interface FittedText {
  /** The lines as broken here; layouts print them as they are, so both renderers agree. */
  lines: string[];
  size: number;
}

/**
 * The largest of `sizes` (descending) at which `text` takes at most `maxLines` lines of
 * `width`; at the smallest size, the text is cut with an ellipsis to fit.
 */
export function fitText(raw: string, width: number, maxLines: number, sizes: readonly number[]): FittedText {
  const text = tidy(raw);
  // First a size where no word has to be split ("Premium" over two lines reads badly),
  // then any size where the lines fit, then the smallest, cut.
  for (const whole of [true, false]) {
    for (const size of sizes) {
      const { lines, broken } = wrap(text, size, width);
      if (lines.length <= maxLines && !(whole && broken)) return { lines: lines.length ? lines : [''], size };
    }
  }
  const size = sizes[sizes.length - 1];
  const lines = wrapLines(text, size, width).slice(0, maxLines);
  let last = lines[maxLines - 1];
  while ([...last].length > 1 && textWidth(`${last}…`, size) > width) last = [...last].slice(0, -1).join('');
  lines[maxLines - 1] = `${last.trimEnd().replace(/[.,·…]+$/, '')}…`;
  return { lines, size };
}

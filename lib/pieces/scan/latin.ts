// Put back the Latin letters of seat tokens that the Korean model cannot read. For each
// seat unit (석, 관, 구역, 블록, 열) in a line, the few characters just before it are
// its value; when those are not Hangul (a misread letter comes back as a symbol or a
// look-alike digit), the value's glyphs are cut from the image and read by glyphs.ts.
// A glyph is only replaced when the reading is clearly better than the alternatives.
import { classify, DIGITS, LATIN, splitGlyphs, type Gray, type Template } from './glyphs';
import type { Box, OcrLine, OcrSymbol } from './rows';

const UNITS = ['석', '관', '구역', '블록', '열'];
const HANGUL = /[가-힣]/;
// Below these the template reading is not trusted over what OCR said.
const MIN_SCORE = 0.8;
const MIN_MARGIN = 0.04;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Symbols of a line in reading order. */
function symbolsOf(line: OcrLine): OcrSymbol[] {
  return line.words.flatMap((w) => (w.symbols?.length ? w.symbols : [{ text: w.text, box: w.box }])).filter((s) => s.text.trim());
}

/** The value symbols right before each unit: up to 4, touching, none Hangul; and where the text before them ends. */
function valuesBeforeUnits(symbols: OcrSymbol[]) {
  const found: { value: OcrSymbol[]; unit: string; unitBox: Box; before: number | null }[] = [];
  for (let i = 0; i < symbols.length; i++) {
    const unit = UNITS.find((u) => symbols.slice(i, i + u.length).map((s) => s.text).join('') === u);
    if (!unit) continue;
    const unitBox = symbols[i].box;
    const h = unitBox.y1 - unitBox.y0;
    const value: OcrSymbol[] = [];
    for (let j = i - 1; j >= 0 && value.length < 4; j--) {
      const s = symbols[j];
      const next = value[0]?.box ?? unitBox;
      if (HANGUL.test(s.text) || next.x0 - s.box.x1 > h * 0.6) break;
      value.unshift(s);
    }
    const prev = symbols[i - 1 - value.length];
    if (value.length) found.push({ value, unit, unitBox, before: prev ? prev.box.x1 : null });
  }
  return found;
}

/**
 * A seat token's value read again from the image, or null to keep what OCR said.
 * tesseract's symbol boxes are loose, so the cut reaches from the previous text to the
 * unit's end, and the glyphs whose middle lies before the unit's start are the value.
 */
function reread(img: Gray, templates: Template[], value: OcrSymbol[], unitBox: Box, before: number | null): string | null {
  const h = unitBox.y1 - unitBox.y0;
  const left = Math.max(before ?? 0, value[0].box.x0 - h * 0.6, 0);
  const box = { x0: Math.round(left), x1: Math.min(img.width, Math.round(unitBox.x1)), y0: Math.max(0, Math.round(unitBox.y0 - h * 0.1)), y1: Math.min(img.height, Math.round(unitBox.y1 + h * 0.1)) };
  if (box.x1 - box.x0 < 2) return null;
  const glyphs = splitGlyphs(img, box).filter((g) => (g.x0 + g.x1) / 2 < unitBox.x0);
  if (!glyphs.length || glyphs.length > 4) return null;
  let out = '';
  for (const g of glyphs) {
    const r = classify(g, templates, LATIN + DIGITS);
    if (!r || r.score < MIN_SCORE || r.margin < MIN_MARGIN) return null;
    out += r.char;
  }
  return out;
}

/** The lines with misread seat letters read again; lines without seat units are returned as they were. */
export function repairLatin(lines: OcrLine[], img: Gray, templates: Template[]): OcrLine[] {
  return lines.map((line) => {
    let text = line.text;
    for (const { value, unit, unitBox, before } of valuesBeforeUnits(symbolsOf(line))) {
      const said = value.map((s) => s.text).join('');
      // Digits stay digits where letters do not go (a hall number) or when none of them
      // is a digit Latin capitals are read as (0 D/O/C, 1 I, 2 Z, 5 S, 6 G, 8 B/R).
      if (/^\d+$/.test(said) && (unit === '관' || !/[012568]/.test(said))) continue;
      const read = reread(img, templates, value, unitBox, before);
      if (!read || read === said) continue;
      text = text.replace(new RegExp(`${escape(said)}\\s*${unit}`), `${read}${unit}`);
    }
    return text === line.text ? line : { ...line, text };
  });
}

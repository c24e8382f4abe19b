// Latin capitals in a title that the Korean model read as digits ("아이유 콘서트 HER" →
// "콘서트168"): it knows almost no Latin, and H, E, R, I, O, S, B, Z look like 1, 6, 8,
// 0, 5, 2 to it. A run of digits glued to Hangul, or standing alone and no year, is
// read again from its glyphs (the letter templates, then the English model, as for a
// seat's capitals: latin.ts) and put back as capitals only when that reading is sure
// and holds a letter; digits read as digits stay ("모아나 2", "2026 … 콘서트").
import type { Box, OcrLine, OcrWord } from './rows';

/** Reads the capitals and digits inside a box of the image; null when unsure. */
export type GlyphReader = (box: Box) => Promise<string | null>;

// Digits at the end of a word after Hangul, or a word of digits only (2–4 of them).
const GLUED = /^(.*[가-힣])(\d{2,4})$/;
const ALONE = /^\d{2,4}$/;
const YEAR = /^(19|20)\d\d$/;
const HAS_LETTER = /[A-Z]/;
const MENDED_CONFIDENCE = 0.8;

/** The box of a word's digit run: its digit symbols where tesseract gave them, else the word's right part. */
function digitsBox(word: OcrWord, count: number): Box {
  const digits = (word.symbols ?? []).filter((s) => /^\d$/.test(s.text)).slice(-count);
  if (digits.length === count) return { x0: digits[0].box.x0, x1: digits[count - 1].box.x1, y0: Math.min(...digits.map((d) => d.box.y0)), y1: Math.max(...digits.map((d) => d.box.y1)) };
  const share = count / [...word.text].length;
  return { ...word.box, x0: word.box.x1 - (word.box.x1 - word.box.x0) * share };
}

/** The title's line with digit runs that were capitals put back as capitals (a space between Hangul and them). */
export async function mendTitleLatin(line: OcrLine, read: GlyphReader): Promise<OcrLine> {
  let text = line.text;
  const words: OcrWord[] = [];
  for (const w of line.words) {
    const glued = GLUED.exec(w.text);
    const digits = glued?.[2] ?? (ALONE.test(w.text) && !YEAR.test(w.text) ? w.text : null);
    if (!digits) {
      words.push(w);
      continue;
    }
    const box = digitsBox(w, digits.length);
    const h = box.y1 - box.y0;
    const again = await read({ x0: box.x0 - h * 0.1, x1: box.x1 + h * 0.1, y0: box.y0 - h * 0.15, y1: box.y1 + h * 0.15 });
    if (!again || !HAS_LETTER.test(again) || Math.abs(again.length - digits.length) > 1) {
      words.push(w);
      continue;
    }
    const mended = glued ? `${glued[1]} ${again}` : again;
    // Tesseract may have glued the run to the word before in the line's text ("콘서트168").
    const at = text.indexOf(w.text);
    const space = at > 0 && /[가-힣]/.test(text[at - 1]) ? ' ' : '';
    if (at >= 0) text = `${text.slice(0, at)}${space}${mended}${text.slice(at + w.text.length)}`;
    // As sure as the reading that was accepted (the templates' and the English model's bar).
    words.push({ ...w, text: mended, confidence: Math.max(w.confidence, MENDED_CONFIDENCE) });
  }
  return text === line.text ? line : { ...line, text, words };
}

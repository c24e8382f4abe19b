// Put back the Latin letters of seat tokens that the Korean model cannot read (it has
// none: an "F" comes back as "『", a "B" as "8", an "A" as "스", an "R" as nothing). For
// each seat unit (석, 구역, 블록, 열) in a line, the few characters just before it are
// its value; a short value (one or two characters), a lone syllable that is no real
// row or grade, or no value at all is read again: its glyphs are cut from the image and
// compared with drawn capitals and digits (glyphs.ts). A
// concert ticket's boxed values (a row of "R 3 B 5 7" under "등급 층 구역 열 번") are
// read the same way. A reading replaces OCR's only when it is clearly the best match.
import type { CapitalsReader } from './capitals';
import { classify, DIGITS, inkRuns, LATIN, splitGlyphs, type Gray, type Template } from './glyphs';
import type { Box, OcrLine, OcrSymbol } from './rows';
import { boxLabels, valueUnder } from './seat';

const UNITS = ['석', '관', '구역', '블록', '열'];
const HANGUL = /[가-힣]/;
// Below these the template reading is not trusted over what OCR said.
const MIN_SCORE = 0.8;
const MIN_MARGIN = 0.025;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Symbols of a line in reading order. */
function symbolsOf(line: OcrLine): OcrSymbol[] {
  return line.words.flatMap((w) => (w.symbols?.length ? w.symbols : [{ text: w.text, box: w.box }])).filter((s) => s.text.trim());
}

interface Token { value: OcrSymbol[]; unit: string; unitBox: Box; before: number | null; syllable: OcrSymbol | null; /** Index of the unit's first symbol. */ at: number }

// Syllables that do stand before a unit: 좌석, 일반석, 휠체어석, 시야제한석, 지정석, 입석; 가열 … 하열.
const REAL_BEFORE: Record<string, string> = { 석: '좌반어한정입전', 열: '가나다라마바사아자차카타파하', 구역: '가나다라마바사아자차카타파하', 블록: '가나다라마바사아자차카타파하' };

/** Each unit with the symbols right before it (up to 4, close, none Hangul; maybe none) and where earlier text ends. */
function tokens(symbols: OcrSymbol[]): Token[] {
  const found: Token[] = [];
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
    // A lone syllable touching the unit may be a capital the model took for Hangul (A → 스).
    const syllable = !value.length && prev && HANGUL.test(prev.text) && unitBox.x0 - prev.box.x1 < h * 0.6 ? prev : null;
    // Where the text before ends: before the value, or before the suspect syllable.
    const before = syllable ? (symbols[i - 2]?.box.x1 ?? null) : (prev?.box.x1 ?? null);
    found.push({ value, unit, unitBox, before, syllable, at: i });
  }
  return found;
}

// The English model's reading is taken only when it is this sure of every character.
const MIN_CAPITALS_CONFIDENCE = 0.8;
const GRADE = /^(VIP|SR|R|S|A|B|C|OP)$/;
const ROW_OR_BLOCK = /^([A-Z]|\d{1,3})$/;
// A row or block is one capital, as in ROW_OR_BLOCK ("NM" for a J is no row).
const LETTERS = /^[A-Z]$/;
// Special halls of Korean multiplexes short enough to read as one word (SCREENX, 수퍼플렉스 are not).
const SPECIAL_HALL = /^(IMAX|4DX|4D|MX)$/;
const SUSPECT_VALUE = /[^A-Za-z0-9가-힣]/;

interface Letters { templates: Template[]; capitals?: CapitalsReader }

/**
 * The capitals and digits in a region of the image, or null unless every glyph reads
 * clearly: by the templates, or else (when given) by the English model over the glyphs.
 */
/**
 * Where the English model may be asked (OCR saw a value's glyphs there), and what its
 * reading must look like; `strict`: the templates' reading must look like it too.
 */
interface Ask { near: Box; accept: RegExp; strict?: boolean }

const clip = (img: Gray, box: Box) => ({ x0: Math.max(0, Math.round(box.x0)), x1: Math.min(img.width, Math.round(box.x1)), y0: Math.max(0, Math.round(box.y0)), y1: Math.min(img.height, Math.round(box.y1)) });

async function readRegion(img: Gray, { templates, capitals }: Letters, box: Box, keep: (g: { x0: number; x1: number }) => boolean = () => true, ask?: Ask, openRight = false): Promise<string | null> {
  const clipped = clip(img, box);
  if (clipped.x1 - clipped.x0 < 2 || clipped.y1 - clipped.y0 < 2) return null;
  const glyphs = splitGlyphs(img, clipped, { openRight }).filter(keep);
  if (!glyphs.length || glyphs.length > 4) return null;
  let out = '';
  for (const g of glyphs) {
    const r = classify(g, templates, LATIN + DIGITS);
    if (!r || r.score < MIN_SCORE || r.margin < MIN_MARGIN) {
      out = '';
      break;
    }
    out += r.char;
  }
  if (out && ask?.strict && !ask.accept.test(out)) out = '';
  if (out || !capitals || !ask) return out || null;
  // The English model reads whatever it is shown: only the glyphs where OCR saw the value.
  const pad = (clipped.y1 - clipped.y0) * 0.15;
  const shown = glyphs.filter((g) => (g.x0 + g.x1) / 2 > ask.near.x0 - pad && (g.x0 + g.x1) / 2 < ask.near.x1 + pad);
  if (!shown.length) return null;
  const cut = { x0: shown[0].x0, x1: shown[shown.length - 1].x1, y0: Math.min(...shown.map((g) => g.y0)), y1: Math.max(...shown.map((g) => g.y1)) };
  // One glyph far wider than tall is a capital touching the unit's syllable (thermal
  // print: "A열" as one shape, which English reads "AZ"): cut at its thinnest column.
  if (shown.length === 1 && cut.x1 - cut.x0 > (cut.y1 - cut.y0) * 1.25) cut.x1 = thinnestColumn(img, cut);
  const read = await capitals(cut);
  return read && read.confidence >= MIN_CAPITALS_CONFIDENCE && ask.accept.test(read.text) ? read.text : null;
}

/** The column with the least ink between 0.3 and 0.9 of the box's height from its left edge. */
export function thinnestColumn(img: Gray, box: { x0: number; x1: number; y0: number; y1: number }): number {
  const h = box.y1 - box.y0;
  let best = box.x1;
  let least = Infinity;
  for (let x = Math.round(box.x0 + h * 0.3); x <= Math.min(box.x1 - 1, Math.round(box.x0 + h * 0.9)); x++) {
    let ink = 0;
    for (let y = box.y0; y < box.y1; y++) if (img.data[y * img.width + x] < 128) ink++;
    if (ink < least) {
      least = ink;
      best = x;
    }
  }
  return best;
}

// The cut starts a little inside the previous symbol's box: tesseract's boxes meet, and a
// capital starting right where the previous syllable's box ends would touch the cut's edge
// and be taken for a piece of that syllable ("플로어H구역"). The syllable's own ink there
// runs into the edge and is left out.
const BEFORE_PAD = 0.25;

/**
 * A seat token's value read again. tesseract's symbol boxes are loose, so the cut
 * reaches from the previous text (or, with no value read at all, a glyph-width and a
 * half back) to the unit's end; the glyphs whose middle lies before the unit are the value.
 */
async function rereadToken(img: Gray, letters: Letters, t: Token, seatLine: boolean): Promise<string | null> {
  const h = t.unitBox.y1 - t.unitBox.y0;
  // A unit whose box is far wider than a syllable, with nothing read before it, holds ink
  // OCR folded into it: the value it could not read ("R석" boxed as one "석"). The
  // syllable is the box's last square; what stands before that is the value.
  const start = !t.value.length && !t.syllable && t.unitBox.x1 - t.unitBox.x0 > h * WIDE_UNIT ? t.unitBox.x1 - h : t.unitBox.x0;
  const reach = t.value.length ? t.value[0].box.x0 - h * 0.6 : t.unitBox.x0 - h * 1.6;
  const box = { x0: Math.max((t.before ?? 0) - h * BEFORE_PAD, reach), x1: t.unitBox.x1, y0: t.unitBox.y0 - h * 0.1, y1: t.unitBox.y1 + h * 0.1 };
  // The English model only where OCR saw a value it could not read (a symbol, a jamo, or
  // ink folded into the unit's box) on a seat line.
  const saw = t.value.length ? { ...t.value[0].box, x1: t.value[t.value.length - 1].box.x1 } : start > t.unitBox.x0 ? { ...t.unitBox, x1: start } : null;
  const letter = lettersOnly(t.value.map((v) => v.text).join(''));
  // A hall's name in symbols is one of the cinemas' special halls (numbers the Korean model reads).
  const accept = t.unit === '관' ? SPECIAL_HALL : t.unit === '석' ? GRADE : letter ? LETTERS : ROW_OR_BLOCK;
  const ask = saw && seatLine && (t.unit !== '관' || SUSPECT_VALUE.test(t.value.map((v) => v.text).join(''))) ? { near: saw, accept, strict: letter || t.unit === '관' } : undefined;
  const before = (g: { x0: number; x1: number }) => (g.x0 + g.x1) / 2 < start;
  const clipped = clip(img, box);
  if (!t.value.length || splitGlyphs(img, clipped).some(before)) {
    const read = await readRegion(img, letters, box, before, ask);
    return letter && read && !/^[A-Za-z]+$/.test(read) ? null : read;
  }
  // OCR saw something before the unit but no glyph stands apart there: a capital touching
  // the unit's syllable (blur or a heavy face: "D구역" as one shape). Where one shape starts
  // where OCR's value starts and runs on well past it into the unit, it is cut at its
  // thinnest column and the part before is read.
  const said = { x0: t.value[0].box.x0, x1: t.value[t.value.length - 1].box.x1 };
  const run = inkRuns(img, clipped).find((r) => r.x0 > clipped.x0 && r.x0 <= said.x0 + h * 0.2 && r.x1 >= said.x1 + h * TOUCHING_MIN);
  if (!run) return null;
  const cut = thinnestColumn(img, { x0: run.x0, x1: run.x1, y0: clipped.y0, y1: clipped.y1 });
  // Only a letter is taken from a cut shape: a part of a capital can pass for a digit (D as 0, B as 8).
  const read = await readRegion(img, letters, { ...box, x1: cut }, (g) => g.x0 >= run.x0, ask, true);
  return read && /[A-Z]/.test(read) ? read : null;
}

// The Korean model reads digits; what it wrote as symbols it could not read is a Latin
// letter ("(" for C): a digit read there instead (C as 4) is no reading. Strokes it writes
// for a 1 (| ! [ ] / \ l) are left out.
export const lettersOnly = (said: string) => said.length > 0 && /^[^A-Za-z0-9가-힣\u3131-\u318e\u1100-\u11ff|!\[\]/\\]+$/.test(said);

// A unit's first syllable boxed this many times wider than high holds more than the syllable.
const WIDE_UNIT = 1.3;
// How far (in print heights) a shape must run on past OCR's value to hold the unit's syllable too.
const TOUCHING_MIN = 0.4;

/**
 * Where each symbol starts in the line's text (tesseract joins a line's words with
 * spaces), or null where the text does not spell the symbols out in order.
 */
export function symbolOffsets(text: string, symbols: OcrSymbol[]): number[] | null {
  const out: number[] = [];
  let pos = 0;
  for (const s of symbols) {
    while (pos < text.length && /\s/.test(text[pos]) && !/^\s/.test(s.text)) pos++;
    if (!text.startsWith(s.text, pos)) return null;
    out.push(pos);
    pos += s.text.length;
  }
  return out;
}

/**
 * The token's span in the line's text: from its value (or the suspect syllable, or the
 * unit when nothing was read before it) to the end of its unit. Found by the symbols'
 * places, not by searching the text: a stub repeats the seat ("22열 … 22열"), and the
 * first match of a token's text may be another token's.
 */
function spanOf(t: Token, offsets: number[], symbols: OcrSymbol[]): [number, number] {
  const first = t.at - (t.value.length || (t.syllable ? 1 : 0));
  const last = t.at + t.unit.length - 1;
  return [offsets[first], offsets[last] + symbols[last].text.length];
}

/** Without the symbols' places (the text spells them otherwise): the token's first match in the text. */
function firstMatch(text: string, t: Token, said: string): [number, number] | null {
  const pattern = said ? `${t.value.map((v) => escape(v.text)).join('\\s*')}\\s*` : t.syllable ? escape(t.syllable.text) : '(?<![A-Za-z0-9가-힣])';
  const m = new RegExp(`${pattern}${t.unit}`).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

// Digits the Korean model read are digits: the templates and the English model are there
// for capitals, and a digit touching the unit's syllable is lost to them ("22열" as "2").
const DIGITS_ONLY = /^\d+$/;
/** Whether a token's value read again replaces what OCR said. */
export const takesReading = (said: string, read: string | null): read is string => !!read && read !== said && !(DIGITS_ONLY.test(said) && DIGITS_ONLY.test(read));

/** The seat tokens of a line with where each stands in the line's text. */
export function lineTokens(line: OcrLine): (Token & { said: string; span: [number, number] | null })[] {
  const symbols = symbolsOf(line);
  const offsets = symbolOffsets(line.text, symbols);
  return tokens(symbols).map((t) => {
    const said = t.value.map((s) => s.text).join('');
    return { ...t, said, span: offsets ? spanOf(t, offsets, symbols) : firstMatch(line.text, t, said) };
  });
}

async function repairTokens(line: OcrLine, img: Gray, letters: Letters, underLabels: boolean): Promise<OcrLine> {
  // A hall's number is read again only on a seat line (a venue's name may end in 관: 체육관).
  const seatLine = underLabels || /\d\s*번/.test(line.text);
  const edits: { span: [number, number]; text: string }[] = [];
  for (const t of lineTokens(line)) {
    const { said } = t;
    if (t.unit === '관' && (!seatLine || /^\d+$/.test(said) || (!said && !t.syllable))) continue;
    if (t.syllable && (REAL_BEFORE[t.unit] ?? '').includes(t.syllable.text)) continue;
    // Long numbers are numbers; a row or block of one or two characters may be a capital.
    if (/^\d{3,}$/.test(said)) continue;
    const read = await rereadToken(img, letters, t, seatLine);
    if (takesReading(said, read) && t.span) edits.push({ span: t.span, text: `${read}${t.unit}` });
  }
  if (!edits.length) return line;
  let text = line.text;
  for (const e of edits.reverse()) text = `${text.slice(0, e.span[0])}${e.text}${text.slice(e.span[1])}`;
  return { ...line, text };
}

/** `boxes`: the labels' line is mostly labels (a box layout, not a seat line with a stub in small print). */
interface BoxValue { part: string; word: OcrLine['words'][number]; line: number; boxes: boolean }

/** Each box label's value word (seat.ts valueUnder) and the line it was read in. */
function boxValues(lines: OcrLine[]): BoxValue[] {
  const all = lines.flatMap((line, i) => line.words.map((word) => ({ word, line: i })));
  const out: BoxValue[] = [];
  for (const line of lines) {
    const labels = boxLabels(line.words);
    if (labels.length < 2) continue;
    const pool = all.filter((x) => !labels.some((l) => l.word === x.word));
    const boxes = labels.length >= line.words.filter((w) => /[가-힣A-Za-z0-9]/.test(w.text)).length / 2;
    for (const { word: label, part } of labels) {
      const word = valueUnder(label.box, pool.map((x) => x.word));
      if (word) out.push({ part, word, line: pool.find((x) => x.word === word)!.line, boxes });
    }
  }
  return out;
}

/** The box values of rows and blocks with their letters read again. */
async function repairBoxes(lines: OcrLine[], values: BoxValue[], img: Gray, letters: Letters): Promise<OcrLine[]> {
  const out = [...lines];
  for (const { part, word, line, boxes } of values) {
    if (part !== 'block' && part !== 'row') continue;
    // A lone syllable under a row's or block's box label that is no row (가 … 하) is a
    // capital the Korean model took for Hangul (N as 시): read again, as a letter only.
    const syllable = boxes && /^[가-힣]$/.test(word.text) && !REAL_BEFORE[part === 'row' ? '열' : '구역'].includes(word.text);
    if ((HANGUL.test(word.text) && !syllable) || /^\d{3,}$/.test(word.text)) continue;
    const letter = syllable || lettersOnly(word.text);
    const h = word.box.y1 - word.box.y0;
    const read = await readRegion(img, letters, { x0: word.box.x0 - h * 0.4, x1: word.box.x1 + h * 0.4, y0: word.box.y0 - h * 0.15, y1: word.box.y1 + h * 0.15 }, undefined, { near: word.box, accept: letter ? LETTERS : ROW_OR_BLOCK, strict: letter });
    if (!takesReading(word.text, read)) continue;
    // The seat is put together from the value words (seat.ts fromBoxes): they are mended
    // too, and the text at the word's own place.
    const l = out[line];
    const at = l.words.indexOf(word);
    const offsets = symbolOffsets(l.text, l.words.map((w) => ({ text: w.text, box: w.box })));
    const text = offsets && at >= 0 ? `${l.text.slice(0, offsets[at])}${read}${l.text.slice(offsets[at] + word.text.length)}` : l.text.replace(new RegExp(`(^|\\s)${escape(word.text)}(?=\\s|$)`), `$1${read}`);
    out[line] = { ...l, text, words: l.words.map((w) => (w === word ? { ...w, text: read } : w)) };
  }
  return out;
}

/**
 * A reader of the capitals and digits in a box (up to four glyphs): the templates, else
 * the English model over all of them; only a reading that holds a letter counts.
 */
export function glyphReader(img: Gray, templates: Template[], capitals?: CapitalsReader) {
  return (box: Box) => readRegion(img, { templates, capitals }, box, undefined, { near: box, accept: /^[A-Z0-9]*[A-Z][A-Z0-9]*$/ });
}

/**
 * The lines with misread seat letters read again; other lines are returned as they
 * were. `capitals` (the English model) is asked where the templates are unsure.
 */
export async function repairLatin(lines: OcrLine[], img: Gray, templates: Template[], capitals?: CapitalsReader): Promise<OcrLine[]> {
  const letters = { templates, capitals };
  // A line of values under box labels is a seat line however little of it OCR read ("석 3 25 22 2").
  const values = boxValues(lines);
  const tokens: OcrLine[] = [];
  for (const [i, l] of lines.entries()) tokens.push(await repairTokens(l, img, letters, values.some((v) => v.line === i)));
  return repairBoxes(tokens, values, img, letters);
}

// The scan itself, apart from the request: prepare the photo, recognise the page, put
// back seat letters, parse; then a second look at the title's and the seat's lines,
// each read alone as a single line (tesseract reads a lone line more carefully than a
// whole page), kept where tesseract is surer of the new reading. Split from
// service.ts so the benchmark runs exactly this without a database.
import sharp from 'sharp';
import { capitalsReader } from './capitals';
import { glyphTemplates, type Gray, type Template } from './glyphs';
import { glyphReader, repairLatin } from './latin';
import { pickFields, THRESHOLDS, type ParseOptions } from './parse';
import type { Pool } from './pool';
import { decodePhoto, prepareDecoded, type Decoded, type PrepareOptions } from './preprocess';
import { pageLines, toRows, type Box, type OcrLine } from './rows';
import { BOX_LABELS, preferSeatReading, SEAT_WHITELIST } from './seat';
import { SCAN_FIELDS, type ScanFields } from './schemas';
import { mendStrokes } from './syllables';
import { mendTitleLatin } from './title-latin';

export interface ReadOptions {
  pool: Pool;
  /** English-model workers for a seat's capitals (capitals.ts); without them the templates alone. */
  letters?: Pool;
  /** The day of the scan, for dates printed without a year. */
  today: Date;
  /** The ways the photo is prepared and read (default PREPARATIONS). */
  preparations?: readonly PrepareOptions[];
  /** No later preparation's page is started or kept running after this long (a busy server answers with fewer readings). */
  budgetMs?: number;
}

/**
 * A person waits for the scan: the first page is always read, and the later ones (extra
 * chances) only within this long of the scan's start. A quiet two-core server has read
 * all three by 2–5 s; what runs past it is a page tesseract is lost in (speckle) or a
 * server too busy to give the extras their time.
 */
export const READ_BUDGET_MS = 5_500;

/**
 * A photo is prepared and read three ways, and each field taken from the reading
 * surest of it. One preparation cannot suit every photo: a pale ticket photographed in
 * dim light has a background dark enough to be taken for a night-themed ticket and is
 * inverted into white on white (the second way inverts only truly dark backgrounds);
 * glare and a large bold title can fool the lighting estimate over ~110 px squares
 * (the third takes it over squares twice as wide). Measured on the test set in
 * docs/decisions.md; it triples the work of a scan, which two workers share (readPreparations).
 */
export const PREPARATIONS: readonly PrepareOptions[] = [{}, { invertBelow: 60, denoise: true }, { shrink: 32 }];

/**
 * A later preparation is not read when it left this share of the page grey or darker:
 * that is a textured table or cloth around the ticket, evened out into speckle, which
 * tesseract would spend tens of seconds on (a prepared ticket page has 1–3%).
 */
export const SPECKLE_MAX = 0.035;
export function speckle(grey: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < grey.length; i++) if (grey[i] < 200) n++;
  return n / Math.max(1, grey.length);
}
/**
 * How long a later preparation's page may run: a few times the first page's time, at
 * least 4 s (a textured table evened out into speckle takes tesseract tens of seconds).
 * While the first page is still being read, its time so far stands in for it.
 */
const extraTimeout = (firstMs: number) => Math.max(4_000, 3 * firstMs);

// A title only one reading gave while another reading gave a different one is doubted:
// on the tuning half such titles were right once and wrong three times (docs/decisions.md).
const LONE_TITLE = 0.75;
const LONG_TITLE = 6;
const squashed = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');

// How much another reading's seat counts for one that holds all of its parts.
const SEAT_SUPPORT = 0.1;
type Field = ScanFields['seat'];
/**
 * The seat the readings support best: each filled seat scores its confidence and a little
 * for every other reading whose seat it holds whole ("A석 1층 10열 14번" holds "1층 10열
 * 14번"). OCR drops a seat's tokens far more often than it invents them, so the fuller
 * reading that the others agree with is the likelier one, and a letter only one reading
 * saw ("B열" against "F열" in a fuller one and a shorter one) loses to the one backed.
 */
export function pickSeat(seats: Field[]): Field | null {
  const filled = seats.filter((s) => s.value !== null);
  if (filled.length < 2) return null;
  const parts = (v: string | null) => new Set((v ?? '').split(' '));
  // Only a strictly fuller seat is backed: two readings that lost the same digit are not a vote.
  const holds = (a: Field, b: Field) => parts(a.value).size > parts(b.value).size && [...parts(b.value)].every((p) => parts(a.value).has(p));
  const score = (s: Field) => s.confidence + SEAT_SUPPORT * filled.filter((o) => o !== s && holds(s, o)).length;
  return filled.reduce((b, s) => (score(s) > score(b) + 1e-9 ? s : b));
}

/**
 * Each field from the reading that is surest of it (a field no reading filled keeps its
 * best confidence); a title the readings disagree on is doubted, and left empty if that
 * takes it below its threshold.
 */
export function mergeReadings(readings: ScanFields[], titleThreshold = THRESHOLDS.title): ScanFields {
  const pick = <K extends keyof ScanFields>(k: K): ScanFields[K] => {
    const filled = readings.map((r) => r[k]).filter((f) => f.value !== null);
    const from = filled.length ? filled : readings.map((r) => r[k]);
    return from.reduce((b, f) => (f.confidence > b.confidence ? f : b));
  };
  const merged = Object.fromEntries([...SCAN_FIELDS, 'kind'].map((k) => [k, pick(k as keyof ScanFields)])) as ScanFields;
  merged.seat = pickSeat(readings.map((r) => r.seat)) ?? merged.seat;
  const titles = readings.map((r) => r.title.value).filter((v): v is string => v !== null).map(squashed);
  const chosen = merged.title.value === null ? null : squashed(merged.title.value);
  // A long title another reading holds whole, a speck read before or after it, agrees with it.
  const agrees = (t: string) => t === chosen || (chosen !== null && [...chosen].length >= LONG_TITLE && t.includes(chosen));
  if (chosen !== null && titles.filter(agrees).length === 1 && titles.some((t) => !agrees(t))) {
    const confidence = Math.round(merged.title.confidence * LONE_TITLE * 100) / 100;
    merged.title = { value: confidence >= titleThreshold ? merged.title.value : null, confidence };
  }
  return merged;
}

const meanConfidence = (l: OcrLine) => l.words.reduce((s, w) => s + w.confidence, 0) / Math.max(1, l.words.length);
// Single line, no layout analysis of its own.
const SINGLE_LINE = { tessedit_pageseg_mode: '7' };
// The seat line again, as one line that may hold only what seats are written in (per
// job: tesseract.js restores the worker's parameters afterwards).
const SEAT_LINE = { ...SINGLE_LINE, tessedit_char_whitelist: SEAT_WHITELIST };

/** A region cut out and read alone as one line (`zoom` times larger); boxes in page coordinates. */
interface RegionOptions { zoom?: number; stretch?: boolean; params?: Record<string, string>; /** Ink below this grey, paper above (sharp's threshold). */ binarise?: number }

async function readRegion(img: Gray, box: Box, pool: Pool, { zoom = 1, stretch = false, params = SINGLE_LINE, binarise }: RegionOptions = {}): Promise<OcrLine | null> {
  const left = Math.max(0, Math.round(box.x0));
  const top = Math.max(0, Math.round(box.y0));
  const width = Math.min(img.width - left, Math.round(box.x1 - box.x0));
  const height = Math.min(img.height - top, Math.round(box.y1 - box.y0));
  if (width < 8 || height < 8) return null;
  let cut = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } }).extract({ left, top, width, height });
  if (zoom !== 1) cut = cut.resize({ width: Math.round(width * zoom) });
  // Faint print (small grey labels) made as dark as the darkest in the cut.
  if (stretch) cut = cut.normalise({ lower: 1, upper: 60 });
  if (binarise) cut = cut.threshold(binarise);
  const read = pageLines(await pool.recognize(await cut.png({ compressionLevel: 1 }).toBuffer(), params));
  if (!read.length) return null;
  const place = <B extends Box>(b: B) => ({ ...b, x0: b.x0 / zoom + left, x1: b.x1 / zoom + left, y0: b.y0 / zoom + top, y1: b.y1 / zoom + top });
  const words = read.flatMap((l) => l.words).map((w) => ({ ...w, box: place(w.box), symbols: w.symbols?.map((s) => ({ ...s, box: place(s.box) })) }));
  return { text: read.map((l) => l.text).join(' '), confidence: read[0].confidence, box: place(read[0].box), words };
}

/** One line read again alone, with a margin around it. */
function readAlone(line: OcrLine, img: Gray, pool: Pool, opts?: RegionOptions) {
  const h = line.box.y1 - line.box.y0;
  return readRegion(img, { x0: line.box.x0 - h, x1: line.box.x1 + h, y0: line.box.y0 - h * 0.4, y1: line.box.y1 + h * 0.4 }, pool, opts);
}

/**
 * A line read again alone keeps the page reading's word spaces where the two hold the
 * same syllables: reading a line alone, tesseract drops the space between Korean words
 * ("행복을찾아서"), while the page reading, which sees the line among others, had it right
 * in 114 of 115 title lines of the tune, held and fresh3 sets (docs/decisions.md, pass 5).
 * Spaces are only put back between syllables, never taken out; specks do not count.
 */
export function pageSpacing(again: OcrLine, page: OcrLine): OcrLine {
  const syllables = (t: string) => t.match(/[가-힣]/g)?.join('') ?? '';
  if (!syllables(page.text) || syllables(again.text) !== syllables(page.text)) return again;
  // The syllables (by their place among the line's syllables) the page reading puts a space after.
  const spaced = new Set<number>();
  let k = -1;
  [...page.text].forEach((c, i, all) => {
    if (!/[가-힣]/.test(c)) return;
    k++;
    if (/^\s+[가-힣]/.test(all.slice(i + 1).join(''))) spaced.add(k);
  });
  let n = -1;
  const text = [...again.text].map((c, i, all) => {
    if (!/[가-힣]/.test(c)) return c;
    n++;
    return spaced.has(n) && /[가-힣]/.test(all[i + 1] ?? '') ? `${c} ` : c;
  }).join('');
  return text === again.text ? again : { ...again, text };
}

// A title is printed 2–3 times larger than the rest; tesseract reads large print less
// surely, and a photo's blur or glare may suit one cut of the ink better than another.
const TITLE_HEIGHT = 40;
const TITLE_INK = 150;

/** The title's line read alone as it is, scaled to ordinary print height, and cut to pure black and white; the surest reading. */
async function readTitleLine(line: OcrLine, img: Gray, pool: Pool): Promise<OcrLine | null> {
  const h = line.box.y1 - line.box.y0;
  // Asked together: with two workers the three cuts are read side by side.
  const readings = (await Promise.all([
    readAlone(line, img, pool),
    h > TITLE_HEIGHT * 1.3 ? readAlone(line, img, pool, { zoom: TITLE_HEIGHT / h }) : null,
    readAlone(line, img, pool, { binarise: TITLE_INK }),
  ])).filter((l): l is OcrLine => !!l);
  return readings.reduce<OcrLine | null>((b, l) => (!b || meanConfidence(l) > meanConfidence(b) ? l : b), null);
}

/**
 * A concert ticket's seat boxes print a small grey label over each value; the page
 * reading often loses the labels and keeps "R석 3 B 5 7", which means nothing alone. For
 * a line of three to six short values, the band just above it is read again, enlarged.
 */
async function findBoxLabels(lines: OcrLine[], img: Gray, pool: Pool): Promise<OcrLine | null> {
  const values = lines.find((l) => {
    const words = l.text.split(' ');
    return words.length >= 3 && words.length <= 6 && words.every((w) => w.length <= 4) && words.filter((w) => /^\d{1,3}$/.test(w)).length >= 2;
  });
  if (!values) return null;
  const h = values.box.y1 - values.box.y0;
  const labels = await readRegion(img, { x0: values.box.x0 - h, x1: values.box.x1 + h, y0: values.box.y0 - h * 1.1, y1: values.box.y0 - h * 0.1 }, pool, { zoom: 2, stretch: true });
  return labels && labels.words.filter((w) => BOX_LABELS[w.text]).length >= 2 ? labels : null;
}

/** The line of a seat's row that holds the most of it (a label may sit on a line of its own). */
function seatLine(lines: OcrLine[] | undefined): OcrLine | undefined {
  return lines?.reduce<OcrLine | undefined>((b, l) => ((l.text.match(/열|번|구역|석/g)?.length ?? 0) > (b?.text.match(/열|번|구역|석/g)?.length ?? 0) ? l : b), undefined);
}

export interface FinishOptions {
  templates: Template[];
  pool: Pool;
  letters?: Pool;
  today: Date;
  thresholds?: ParseOptions['thresholds'];
  lexicon?: ParseOptions['lexicon'];
}

/** From what tesseract read of the page to the fields: letters, parse, second look, parse again. */
export async function finishReading(raw: OcrLine[], img: Gray, { templates, pool, letters, today, thresholds, lexicon }: FinishOptions): Promise<ScanFields> {
  const capitals = letters ? capitalsReader(img, letters) : undefined;
  // Seat box labels the page reading lost, found again before anything is parsed.
  const hasLabels = raw.some((l) => l.words.filter((w) => BOX_LABELS[w.text]).length >= 2);
  const labels = hasLabels ? null : await findBoxLabels(raw, img, pool);
  if (labels) raw = [...raw, labels];
  const repaired = await repairLatin(raw, img, templates, capitals);
  const first = pickFields(toRows(repaired), { today, thresholds, lexicon });
  const titleAt = first.title?.line ? repaired.indexOf(first.title.line) : -1;
  const seatAt = (() => {
    const l = seatLine(first.seat?.row.lines);
    return l ? repaired.indexOf(l) : -1;
  })();
  const second = [...raw];
  let changed = false;
  if (titleAt >= 0) {
    const again = await readTitleLine(raw[titleAt], img, pool);
    if (again && meanConfidence(again) > meanConfidence(raw[titleAt]) + 0.03) {
      second[titleAt] = pageSpacing(again, raw[titleAt]);
      changed = true;
    }
  }
  // Capitals the Korean model read as digits in the title ("콘서트168" for "콘서트 HER").
  if (titleAt >= 0) {
    const mended = await mendTitleLatin(second[titleAt], glyphReader(img, templates, capitals));
    if (mended !== second[titleAt]) {
      second[titleAt] = mended;
      changed = true;
    }
  }
  // A syllable one short stroke off the printed one ("낮선" for "낯선"), told apart by its ink.
  if (titleAt >= 0) {
    const mended = await mendStrokes(second[titleAt], img);
    if (mended !== second[titleAt]) {
      second[titleAt] = mended;
      changed = true;
    }
  }
  if (seatAt >= 0 && seatAt !== titleAt) {
    const again = await readAlone(raw[seatAt], img, pool, { params: SEAT_LINE });
    // Compared after the letter templates had their go at the first reading.
    const before = repaired[seatAt];
    if (again && preferSeatReading({ text: before.text, confidence: meanConfidence(before) }, { text: again.text, confidence: meanConfidence(again) })) {
      second[seatAt] = again;
      changed = true;
    }
  }
  return changed ? pickFields(toRows(await repairLatin(second, img, templates, capitals)), { today, thresholds, lexicon }).fields : first.fields;
}

/** One preparation of the photo as tesseract read it. */
export interface PageReading {
  /** The prepared image: PNG for tesseract, and its grey pixels for the glyph checks. */
  png: Buffer;
  img: Gray;
  lines: OcrLine[];
}

/**
 * Reads one preparation's page; null for a later one that was not read (speckle, too late,
 * too slow, failed). `first`: the preparation every scan reads, whose failure fails the scan.
 */
export type PageReader = (opts: PrepareOptions, first: boolean) => Promise<PageReading | null>;

export interface PageReaderOptions {
  /** No later preparation's page is started or kept running after this time (ms since the epoch). */
  deadline: number;
  /** Tesseract parameters for the page (the benchmark compares page segmentation modes). */
  params?: Record<string, string>;
}

/**
 * The page reader of a scan: the photo decoded once, each preparation made from it and
 * read by a worker of the pool. Later preparations are extra chances: one that turned into
 * speckle is not read, none is started once the scan has had its time, and one that fails
 * or takes too long (its worker is then replaced) is left out.
 */
export function pageReader(decoded: Promise<Decoded>, pool: Pool, { deadline, params = {} }: PageReaderOptions): PageReader {
  let firstStarted: number | undefined;
  let firstMs: number | undefined;
  const extraLimit = () => extraTimeout(firstMs ?? (firstStarted === undefined ? 0 : Date.now() - firstStarted));
  const readFirst = async (png: Buffer) => {
    firstStarted = Date.now();
    try {
      return await pool.recognize(png, params);
    } finally {
      firstMs = Date.now() - firstStarted;
    }
  };
  return async (opts, first) => {
    const prepared = await prepareDecoded(await decoded, opts);
    if (!first && speckle(prepared.grey) > SPECKLE_MAX) return null;
    const page = first ? await readFirst(prepared.png) : await pool.recognize(prepared.png, params, { timeoutMs: extraLimit, deadline });
    return { png: prepared.png, img: { data: prepared.grey, width: prepared.width, height: prepared.height }, lines: pageLines(page) };
  };
}

export interface Readings {
  fields: ScanFields;
  /** Per preparation, in order: its page and the fields read from it (null where it was not read). */
  pages: ({ page: PageReading; fields: ScanFields } | null)[];
}

/**
 * Every preparation read side by side, as many at once as the pool has workers (on two
 * idle cores 0.57× the time of reading them one after another), each reading
 * finished as soon as its page is read, and the fields merged in the preparations' order.
 */
export async function readPreparations(readPage: PageReader, { preparations = PREPARATIONS, ...finish }: Omit<FinishOptions, 'templates'> & { preparations?: readonly PrepareOptions[] }): Promise<Readings> {
  const templates = await glyphTemplates();
  const read = async (opts: PrepareOptions, first: boolean) => {
    const page = await readPage(opts, first);
    return page && { page, fields: await finishReading(page.lines, page.img, { ...finish, templates }) };
  };
  // Started together (the pool queues what it cannot run yet); an extra's failure is only a missing reading.
  const first = read(preparations[0], true);
  const extras = preparations.slice(1).map((opts) => read(opts, false).catch(() => null));
  const pages = [await first, ...(await Promise.all(extras))];
  return { fields: mergeReadings(pages.flatMap((p) => (p ? [p.fields] : []))), pages };
}

export async function readTicket(bytes: Uint8Array, { pool, letters, today, preparations = PREPARATIONS, budgetMs = READ_BUDGET_MS }: ReadOptions): Promise<ScanFields> {
  const readPage = pageReader(decodePhoto(bytes), pool, { deadline: Date.now() + budgetMs });
  return (await readPreparations(readPage, { pool, letters, today, preparations })).fields;
}

// The scan itself, apart from the request: prepare the photo, recognise the page, put
// back seat letters, parse; then a second look at the title's and the seat's lines,
// each read alone as a single line (tesseract reads a lone line more carefully than a
// whole page), kept where tesseract is surer of the new reading. Split from
// service.ts so the benchmark runs exactly this without a database.
import sharp from 'sharp';
import { glyphTemplates, type Gray, type Template } from './glyphs';
import { repairLatin } from './latin';
import { pickFields, type ParseOptions } from './parse';
import type { Pool } from './pool';
import { prepareImage, type PrepareOptions } from './preprocess';
import { pageLines, toRows, type Box, type OcrLine } from './rows';
import { BOX_LABELS, preferSeatReading, SEAT_WHITELIST } from './seat';
import type { ScanFields } from './schemas';

export interface ReadOptions {
  pool: Pool;
  /** The day of the scan, for dates printed without a year. */
  today: Date;
  prepare?: PrepareOptions;
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

// A title is printed 2–3 times larger than the rest; tesseract reads large print less
// surely, and a photo's blur or glare may suit one cut of the ink better than another.
const TITLE_HEIGHT = 40;
const TITLE_INK = 150;

/** The title's line read alone as it is, scaled to ordinary print height, and cut to pure black and white; the surest reading. */
async function readTitleLine(line: OcrLine, img: Gray, pool: Pool): Promise<OcrLine | null> {
  const h = line.box.y1 - line.box.y0;
  const readings = [
    await readAlone(line, img, pool),
    h > TITLE_HEIGHT * 1.3 ? await readAlone(line, img, pool, { zoom: TITLE_HEIGHT / h }) : null,
    await readAlone(line, img, pool, { binarise: TITLE_INK }),
  ].filter((l): l is OcrLine => !!l);
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

/** From what tesseract read of the page to the fields: letters, parse, second look, parse again. */
export async function finishReading(raw: OcrLine[], img: Gray, templates: Template[], pool: Pool, today: Date, thresholds?: ParseOptions['thresholds'], lexicon?: ParseOptions['lexicon']): Promise<ScanFields> {
  // Seat box labels the page reading lost, found again before anything is parsed.
  const hasLabels = raw.some((l) => l.words.filter((w) => BOX_LABELS[w.text]).length >= 2);
  const labels = hasLabels ? null : await findBoxLabels(raw, img, pool);
  if (labels) raw = [...raw, labels];
  const repaired = repairLatin(raw, img, templates);
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
      second[titleAt] = again;
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
  return changed ? pickFields(toRows(repairLatin(second, img, templates)), { today, thresholds, lexicon }).fields : first.fields;
}

/** The whole prepared page read by tesseract. */
export const recognizePage = (pool: Pool, png: Buffer) => pool.recognize(png);

export async function readTicket(bytes: Uint8Array, { pool, today, prepare }: ReadOptions): Promise<ScanFields> {
  const prepared = await prepareImage(bytes, prepare);
  const [page, templates] = await Promise.all([recognizePage(pool, prepared.png), glyphTemplates()]);
  return finishReading(pageLines(page), { data: prepared.grey, width: prepared.width, height: prepared.height }, templates, pool, today);
}

// The scan itself, apart from the request: prepare the photo, recognise it, parse the
// rows. Split from service.ts so the benchmark runs exactly this without a database.
import { glyphTemplates } from './glyphs';
import { repairLatin } from './latin';
import { parseTicket } from './parse';
import type { Pool } from './pool';
import { prepareImage, type PrepareOptions } from './preprocess';
import { pageLines, toRows, type OcrLine } from './rows';
import type { ScanFields } from './schemas';

export interface ReadOptions {
  pool: Pool;
  /** The day of the scan, for dates printed without a year. */
  today: Date;
  prepare?: PrepareOptions;
}

/** The lines tesseract read off a photo (after preparing it), seat letters read again. */
export async function readLines(bytes: Uint8Array, pool: Pool, prepare?: PrepareOptions): Promise<OcrLine[]> {
  const prepared = await prepareImage(bytes, prepare);
  const [page, templates] = await Promise.all([pool.recognize(prepared.png), glyphTemplates()]);
  return repairLatin(pageLines(page), { data: prepared.grey, width: prepared.width, height: prepared.height }, templates);
}

export async function readTicket(bytes: Uint8Array, { pool, today, prepare }: ReadOptions): Promise<ScanFields> {
  return parseTicket(toRows(await readLines(bytes, pool, prepare)), { today });
}

// A second opinion on a seat's capitals: tesseract's English model, on the few glyphs
// the letter templates could not read surely (glyphs.ts draws its templates in one
// typeface; a ticket printed in another face can defeat them). The glyphs are cut out,
// enlarged to ordinary print height on a white margin and read as one word that may
// hold only capitals and digits, so the English model has to pick a letter; a reading
// counts only when tesseract is sure of every character in it.
import sharp from 'sharp';
import type { Page } from 'tesseract.js';
import type { Gray } from './glyphs';
import type { Pool } from './pool';
import type { Box } from './rows';

export interface CapitalsReading { text: string; confidence: number }
export type CapitalsReader = (box: Box) => Promise<CapitalsReading | null>;

// Height the glyphs are scaled to (tesseract reads best around 30–50 px capitals).
const PRINT = 48;
const MARGIN = 24;
const WORD = { tessedit_pageseg_mode: '8', tessedit_char_whitelist: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' };

/** The characters tesseract read in a page and the least sure of them (0–1). */
function symbolsOf(page: Page): CapitalsReading | null {
  let text = '';
  let confidence = 1;
  for (const b of page.blocks ?? []) for (const p of b.paragraphs) for (const l of p.lines) for (const w of l.words) {
    for (const s of w.symbols ?? []) {
      if (!s.text.trim()) continue;
      text += s.text.trim();
      confidence = Math.min(confidence, s.confidence / 100);
    }
  }
  return text ? { text, confidence } : null;
}

/** A reader of the capitals inside a box of the prepared image (glyph boxes, page coordinates). */
export function capitalsReader(img: Gray, pool: Pool): CapitalsReader {
  return async (box) => {
    // Exactly the glyphs' ink: a sliver of the unit's syllable beside them would be read as a letter too.
    const h = box.y1 - box.y0;
    const left = Math.max(0, Math.round(box.x0) - 1);
    const top = Math.max(0, Math.round(box.y0) - 1);
    const width = Math.min(img.width - left, Math.round(box.x1) + 1 - left);
    const height = Math.min(img.height - top, Math.round(box.y1) + 2 - top);
    if (width < 3 || height < 6) return null;
    const png = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
      .extract({ left, top, width, height })
      .resize({ height: Math.round((PRINT * height) / Math.max(1, h)) })
      .extend({ top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, background: '#ffffff' })
      .png({ compressionLevel: 1 })
      .toBuffer();
    // Only a second opinion: a busy or failed English worker leaves the templates' verdict.
    const page = await pool.recognize(png, WORD).catch(() => null);
    return page ? symbolsOf(page) : null;
  };
}

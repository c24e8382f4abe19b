// A phone photo of a ticket made easy to read for tesseract: turned upright by its EXIF
// orientation, grey, scaled so text is a good size, lighting evened out (glare, low
// light, a dark themed ticket all become dark print on white), and levelled by the
// angle its lines of text make. All pixel work but a small angle search runs in sharp
// (libvips, on the thread pool), so the event loop is not held.
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { AppError } from '@/lib/errors';
import { clearNonText } from './components';
import { skewAngle } from './deskew';

// A 10 MB file can still claim huge dimensions (a decompression bomb): cap the pixels.
const MAX_INPUT_PIXELS = 50_000_000;

export interface PrepareOptions {
  /** Pixels of the image handed to tesseract (text size follows from it). */
  targetPixels?: number;
  /** Even out lighting and polarity (see `flatten`); off leaves grey + stretch only. */
  flatten?: boolean;
  deskew?: boolean;
  /** Clear barcodes, QR codes, frames and ruled lines (components.ts). */
  clear?: boolean;
}

export interface Prepared {
  png: Buffer;
  /** The same pixels, one byte each (for cutting out glyphs). */
  grey: Uint8Array;
  width: number;
  height: number;
  /** Degrees the image was turned to level the text. */
  angle: number;
}

export const unreadable = () => new AppError('validation_failed', 'scan.errors.unreadable');

const grey = (data: Buffer, width: number, height: number) => sharp(data, { raw: { width, height, channels: 1 } });
// sharp turns one-channel raw input into sRGB on the way: take one channel back out.
const toGrey = (img: Sharp) => img.extractChannel(0).raw().toBuffer({ resolveWithObject: true });

/**
 * Even lighting: each pixel divided by its local background, a median over ~60 px
 * squares of a shrunken copy (a median ignores the print in a square). Where that
 * background is dark (a night-themed ticket, a coloured band with white text) the
 * pixels are inverted first, so every kind of print ends up dark on white. Dividing
 * (not subtracting) leaves no grey halo where the estimate is a little off: paper
 * slightly brighter than its estimate simply stays white. Glare and low light, which
 * scale the brightness of whole areas, cancel out.
 */
async function flatten(data: Buffer, width: number, height: number): Promise<Buffer> {
  const sw = Math.max(8, Math.round(width / 8));
  const sh = Math.max(8, Math.round(height / 8));
  const small = await toGrey(grey(data, width, height).resize({ width: sw, height: sh, fit: 'fill' }).median(7).blur(1));
  const bg = (await toGrey(grey(small.data, sw, sh).resize({ width, height, fit: 'fill' }))).data;
  const out = Buffer.alloc(data.length);
  for (let i = 0; i < data.length; i++) {
    const b = bg[i];
    const dark = b < 110;
    const v = dark ? 255 - data[i] : data[i];
    const base = Math.max(24, dark ? 255 - b : b);
    out[i] = Math.min(255, Math.round((255 * v) / base));
  }
  return stretch(out);
}

/**
 * Deepen faint print (a blurred, glared or dim photo leaves it light grey): the
 * darkest half percent becomes near black, paper stays white, at most 4× contrast.
 */
function stretch(px: Buffer): Buffer {
  const hist = new Uint32Array(256);
  for (const v of px) hist[v]++;
  let seen = 0;
  let dark = 0;
  while (dark < 255 && (seen += hist[dark]) < px.length * 0.005) dark++;
  const k = Math.min(4, 230 / Math.max(1, 255 - dark));
  if (k <= 1) return px;
  for (let i = 0; i < px.length; i++) px[i] = Math.max(0, Math.round(255 - (255 - px[i]) * k));
  return px;
}

export async function prepareImage(bytes: Uint8Array, opts: PrepareOptions = {}): Promise<Prepared> {
  const { targetPixels = 3_000_000, flatten: flat = true, deskew = true, clear = true } = opts;
  let upright: { data: Buffer; info: OutputInfo };
  try {
    const img = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true, animated: false });
    const meta = await img.metadata();
    const w = meta.autoOrient?.width ?? meta.width ?? 0;
    const h = meta.autoOrient?.height ?? meta.height ?? 0;
    if (w < 16 || h < 16) throw unreadable();
    const scale = Math.min(3, Math.sqrt(targetPixels / (w * h)));
    upright = await toGrey(img.greyscale().resize({ width: Math.round(w * scale), height: Math.round(h * scale), fit: 'fill' }));
  } catch (err) {
    throw err instanceof AppError ? err : unreadable();
  }
  const { width, height } = upright.info;
  const even = flat ? await flatten(upright.data, width, height) : (await toGrey(grey(upright.data, width, height).normalise())).data;
  if (clear) clearNonText(even, width, height);
  let angle = 0;
  if (deskew) {
    const sw = Math.min(width, 1000);
    const sh = Math.round((height * sw) / width);
    const small = await toGrey(grey(even, width, height).resize({ width: sw, height: sh, fit: 'fill' }));
    angle = skewAngle(small.data, sw, sh);
  }
  let out = grey(even, width, height);
  // Turned by less than this, tesseract's own line finding copes.
  if (Math.abs(angle) >= 0.3) {
    const level = await toGrey(out.rotate(angle, { background: '#ffffff' }));
    out = grey(level.data, level.info.width, level.info.height);
  }
  const final = await toGrey(out);
  const png = await grey(final.data, final.info.width, final.info.height).png({ compressionLevel: 1 }).toBuffer();
  return { png, grey: final.data, width: final.info.width, height: final.info.height, angle };
}

// A phone photo of a ticket made easy to read for tesseract: turned upright by its EXIF
// orientation, grey, scaled so text is a good size, lighting evened out (glare, low
// light, a dark themed ticket all become dark print on white), and levelled by the
// angle its lines of text make. All pixel work but a small angle search runs in sharp
// (libvips, on the thread pool), so the event loop is not held.
import sharp, { type Sharp } from 'sharp';
import { AppError } from '@/lib/errors';
import { clearNonText } from './components';
import { skewAngle } from './deskew';

// A 10 MB file can still claim huge dimensions (a decompression bomb): cap the pixels.
const MAX_INPUT_PIXELS = 50_000_000;

export interface PrepareOptions {
  /** Pixels of the image handed to tesseract (text size follows from it). */
  targetPixels?: number;
  /** Even out lighting and polarity (see `flatten`); off leaves grey, stretched. */
  flatten?: boolean;
  deskew?: boolean;
  /** Clear barcodes, QR codes, frames and ruled lines (components.ts). */
  clear?: boolean;
  /** The background median is taken over squares of 7 × this many pixels (16: 112 px, wider than a bold title's strokes). */
  shrink?: number;
  /** Where the local background is darker than this grey, print is taken to be light on dark and inverted (0: never). */
  invertBelow?: number;
  /** A 3×3 median over the photo first: speckle (sensor noise of a dim photo) gone before lighting is evened out, which would magnify it. */
  denoise?: boolean;
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
 * Even lighting: each pixel divided by its local background, a median over ~110 px
 * squares of a shrunken copy (a median ignores the print in a square). Where that
 * background is dark (a night-themed ticket, a coloured band with white text) the
 * pixels are inverted first, so every kind of print ends up dark on white. Dividing
 * (not subtracting) leaves no grey halo where the estimate is a little off: paper
 * slightly brighter than its estimate simply stays white. Glare and low light, which
 * scale the brightness of whole areas, cancel out.
 */
async function flatten(data: Buffer, width: number, height: number, shrink: number, invertBelow: number): Promise<Buffer> {
  const sw = Math.max(8, Math.round(width / shrink));
  const sh = Math.max(8, Math.round(height / shrink));
  const small = await toGrey(grey(data, width, height).resize({ width: sw, height: sh, fit: 'fill' }).median(7).blur(1));
  const bg = (await toGrey(grey(small.data, sw, sh).resize({ width, height, fit: 'fill' }))).data;
  const out = Buffer.alloc(data.length);
  for (let i = 0; i < data.length; i++) {
    const b = bg[i];
    const dark = b < invertBelow;
    const v = dark ? 255 - data[i] : data[i];
    const base = Math.max(24, dark ? 255 - b : b);
    out[i] = Math.min(255, Math.round((255 * v) / base));
  }
  return deepen(out, width, height, shrink);
}

/**
 * Deepen faint print where it is faint: glare, blur or a dim photo leave letters light
 * grey in places. Each area's darkest ink (the minimum over a square of `shrink`
 * pixels, spread to the squares around) is stretched towards black, at most 4×; an
 * area whose darkest is near paper is left alone, so paper texture is not blown up
 * into specks.
 */
async function deepen(px: Buffer, width: number, height: number, shrink: number): Promise<Buffer> {
  const cw = Math.max(1, Math.ceil(width / shrink));
  const ch = Math.max(1, Math.ceil(height / shrink));
  const darkest = Buffer.alloc(cw * ch, 255);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / shrink) * cw;
    for (let x = 0; x < width; x++) {
      const v = px[y * width + x];
      const c = row + Math.floor(x / shrink);
      if (v < darkest[c]) darkest[c] = v;
    }
  }
  // A letter's square may hold only its edge: the darkest of the neighbouring squares counts.
  const near = Buffer.alloc(cw * ch, 255);
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      let m = 255;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const yy = y + dy, xx = x + dx;
        if (yy >= 0 && xx >= 0 && yy < ch && xx < cw && darkest[yy * cw + xx] < m) m = darkest[yy * cw + xx];
      }
      near[y * cw + x] = m;
    }
  }
  const spread = (await toGrey(grey(near, cw, ch).resize({ width, height, fit: 'fill' }))).data;
  for (let i = 0; i < px.length; i++) {
    const depth = 255 - spread[i];
    if (depth < 40) continue;
    px[i] = Math.max(0, Math.round(255 - (255 - px[i]) * Math.min(4, 220 / depth)));
  }
  return px;
}

/** A photo decoded: upright by EXIF, grey, scaled to about `targetPixels`. */
export interface Decoded { data: Buffer; width: number; height: number }

export async function decodePhoto(bytes: Uint8Array, targetPixels = 3_000_000): Promise<Decoded> {
  try {
    const img = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true, animated: false });
    const meta = await img.metadata();
    const w = meta.autoOrient?.width ?? meta.width ?? 0;
    const h = meta.autoOrient?.height ?? meta.height ?? 0;
    if (w < 16 || h < 16) throw unreadable();
    const scale = Math.min(3, Math.sqrt(targetPixels / (w * h)));
    const upright = await toGrey(img.greyscale().resize({ width: Math.round(w * scale), height: Math.round(h * scale), fit: 'fill' }));
    return { data: upright.data, width: upright.info.width, height: upright.info.height };
  } catch (err) {
    throw err instanceof AppError ? err : unreadable();
  }
}

/** A decoded photo made ready for tesseract (the same photo may be prepared several ways). */
export async function prepareDecoded({ data: photo, width, height }: Decoded, opts: PrepareOptions = {}): Promise<Prepared> {
  const { flatten: flat = true, deskew = true, clear = true, shrink = 16, invertBelow = 110, denoise = false } = opts;
  const data = denoise ? (await toGrey(grey(photo, width, height).median(3))).data : photo;
  const even = flat ? await flatten(data, width, height, shrink, invertBelow) : (await toGrey(grey(data, width, height).normalise())).data;
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

export async function prepareImage(bytes: Uint8Array, opts: PrepareOptions = {}): Promise<Prepared> {
  return prepareDecoded(await decodePhoto(bytes, opts.targetPixels), opts);
}

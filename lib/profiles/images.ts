// Profile images: trust only the bytes. Sniff the format, decode and re-encode with
// sharp to WebP at a fixed size; re-encoding also drops EXIF/GPS and anything a
// crafted file carried besides pixels.
import sharp, { type Sharp } from 'sharp';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '@/lib/errors';
import type { ImageKind } from './schemas';

const ALLOWED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
// A 10 MB file can still claim huge dimensions (a decompression bomb): cap the pixels.
const MAX_INPUT_PIXELS = 50_000_000;

const SIZES: Record<ImageKind, (img: Sharp) => Sharp> = {
  avatar: (img) => img.resize(512, 512, { fit: 'cover' }),
  background: (img) => img.resize({ width: 1600, withoutEnlargement: true }),
};

export async function sniffImage(bytes: Uint8Array) {
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!type || !ALLOWED.has(type.mime)) throw new AppError('unsupported_media_type', 'errors.profileImageType');
  return type.mime;
}

/** A WebP of the given kind made from an uploaded image; 415/422 for anything else. */
export async function toProfileWebp(bytes: Uint8Array, kind: ImageKind) {
  await sniffImage(bytes);
  try {
    // Animated GIF/WebP: the first frame only (sharp's default of one page).
    const img = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true });
    const { data, info } = await SIZES[kind](img).webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch {
    throw new AppError('validation_failed', 'errors.profileImageUnreadable');
  }
}

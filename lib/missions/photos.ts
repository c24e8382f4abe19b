// A photo a child attaches to a finished mission. The type comes from the bytes
// (the shared sniffer), only JPEG/PNG/WebP pass, and both sizes are re-encoded to
// WebP with sharp, which also drops EXIF/GPS: a child's photo never carries where it was taken.
import crypto from 'node:crypto';
import sharp from 'sharp';
import { AppError, notFound } from '@/lib/errors';
import { storage } from '@/lib/storage';
import { sniff } from '@/lib/chat/uploads';
import { PHOTO_TYPES } from './schemas';

const MAX_INPUT_PIXELS = 50_000_000;
const refused = () => new AppError('unsupported_media_type', 'missions.errors.photoType');

async function encode(bytes: Uint8Array, size: number, quality: number) {
  const img = sharp(bytes, { animated: false, limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true });
  return img.resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true }).webp({ quality }).toBuffer();
}

/** Store a photo for one run; returns its storage key (the thumbnail sits at `${key}-thumb`). */
export async function storeMissionPhoto(circleId: string, missionId: string, day: string, bytes: Uint8Array) {
  const { mime } = await sniff(bytes, '');
  if (!(PHOTO_TYPES as readonly string[]).includes(mime)) throw refused();
  let full: Buffer;
  let thumb: Buffer;
  try {
    [full, thumb] = await Promise.all([encode(bytes, 1600, 82), encode(bytes, 480, 75)]);
  } catch {
    throw refused();
  }
  const key = `missions/${circleId}/${missionId}/${day}-${crypto.randomBytes(8).toString('hex')}`;
  await storage().put(`${key}-thumb`, thumb, 'image/webp');
  await storage().put(key, full, 'image/webp');
  return key;
}

export async function deleteMissionPhoto(key: string | null) {
  if (!key) return;
  await Promise.all([storage().delete(key), storage().delete(`${key}-thumb`)]).catch(() => {});
}

export async function missionPhotoResponse(key: string, variant: 'original' | 'thumb') {
  const obj = await storage().get(variant === 'thumb' ? `${key}-thumb` : key);
  if (!obj) throw notFound();
  return new Response(obj.body, {
    headers: {
      'content-type': 'image/webp',
      'content-length': String(obj.size),
      'content-disposition': 'inline',
      // The key changes with every new photo, and the URL names the run: revalidate.
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}

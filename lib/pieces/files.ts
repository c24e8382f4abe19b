// Piece photos: uploaded before the piece is saved, attached when it is. Only the
// bytes are trusted: the type is sniffed, then the image is decoded and re-encoded with
// sharp (turned upright by its EXIF orientation, then every metadata block dropped:
// EXIF, GPS, XMP, ICC, comments), capped at 2048 px, plus a 480 px thumbnail.
import crypto from 'node:crypto';
import sharp from 'sharp';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { readFormFile } from '@/lib/multipart';
import { hit, type Limit } from '@/lib/rate-limit';
import { storage } from '@/lib/storage';
import { sniff } from '@/lib/chat/uploads';
import { getUploadQuota, uploadLimit } from '@/lib/chat/quota';
import type { PieceFileDto, PiecePhotoDto } from './schemas';

export const MAX_PHOTO_MB = 10;
const MAX_PHOTO_BYTES = MAX_PHOTO_MB * 1024 * 1024;
// A small file can still claim huge dimensions (a decompression bomb): cap the pixels.
const MAX_INPUT_PIXELS = 50_000_000;
const MAX_SIDE = 2048;
const THUMB_SIDE = 480;
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']);
/** Enough for a piece with 11 photos every few minutes; stops upload-and-delete loops. */
export const PHOTO_UPLOADS: Limit = { name: 'piece-photo', max: 120, windowSeconds: 3600 };

const tooLarge = () => new AppError('payload_too_large', 'pieces.errors.photoTooLarge', { mb: MAX_PHOTO_MB });
const notAPhoto = () => new AppError('unsupported_media_type', 'pieces.errors.photoType');

export const photoUrl = (fileId: string, variant: 'full' | 'thumb' = 'full') =>
  `/api/pieces/files/${fileId}${variant === 'thumb' ? '?variant=thumb' : ''}`;

type FileRow = { id: string; width: number; height: number };
export const toPhotoDto = (f: FileRow): PiecePhotoDto => ({ id: f.id, url: photoUrl(f.id), thumbUrl: photoUrl(f.id, 'thumb'), width: f.width, height: f.height });

/** Upright, metadata-free JPEG (≤ 2048 px) and WebP thumbnail; 415 if it does not decode as an image. */
export async function reencodePhoto(bytes: Uint8Array) {
  try {
    const base = () => sharp(bytes, { animated: false, limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true });
    // JPEG for the full size: the ticket renderer (satori) reads JPEG and PNG, not WebP.
    const full = await base()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 84, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await base().resize({ width: THUMB_SIDE, height: THUMB_SIDE, fit: 'inside', withoutEnlargement: true }).webp({ quality: 76 }).toBuffer();
    return { full: full.data, width: full.info.width, height: full.info.height, thumb };
  } catch {
    throw notAPhoto();
  }
}

/**
 * Store one photo for a piece not saved yet. The rate limit and the upload quota are
 * checked before a byte is read; `readFile` then reads at most what they allow.
 */
export async function uploadPieceFile(actorId: string, req: Request): Promise<PieceFileDto> {
  await hit(PHOTO_UPLOADS, actorId);
  const limit = uploadLimit(await getUploadQuota(actorId), MAX_PHOTO_BYTES, tooLarge);
  const file = await readFormFile(req, 'file', limit.bytes, { tooLarge: limit.tooLarge, missing: 'validation.imageRequired', empty: 'validation.imageEmpty' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The name must not contradict the bytes (a PDF named .jpg), and the bytes must be a photo.
  const { mime } = await sniff(bytes, file.name);
  if (!PHOTO_TYPES.has(mime)) throw notAPhoto();
  const photo = await reencodePhoto(bytes);
  const key = `pieces/${actorId}/${crypto.randomBytes(12).toString('hex')}`;
  const thumbKey = `${key}-thumb`;
  await storage().put(key, photo.full, 'image/jpeg');
  await storage().put(thumbKey, photo.thumb, 'image/webp');
  try {
    const row = await db.pieceFile.create({
      data: { ownerId: actorId, key, thumbKey, width: photo.width, height: photo.height, size: photo.full.byteLength },
    });
    return { ...toPhotoDto(row), size: row.size };
  } catch (err) {
    await deleteStoredObjects([key, thumbKey]);
    throw err;
  }
}

/** A photo for its owner, or for anyone while its piece is public. Never sniffed, never run. */
export async function openPieceFile(viewerId: string | null, fileId: string, variant: 'full' | 'thumb') {
  const file = await db.pieceFile.findFirst({
    where: { id: fileId, OR: [{ piece: { isPublic: true } }, ...(viewerId ? [{ ownerId: viewerId }] : [])] },
    select: { key: true, thumbKey: true, ownerId: true },
  });
  if (!file) throw notFound();
  const thumb = variant === 'thumb' && file.thumbKey;
  const obj = await storage().get(thumb ? file.thumbKey! : file.key);
  if (!obj) throw notFound();
  return new Response(obj.body, {
    headers: {
      'content-type': thumb ? 'image/webp' : 'image/jpeg',
      'content-length': String(obj.size),
      'content-disposition': 'inline',
      // A file never changes, but a public piece can become private: others revalidate soon.
      'cache-control': file.ownerId === viewerId ? 'private, max-age=31536000, immutable' : 'private, max-age=300',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
}

/** Remove stored objects; a failure leaves an orphan in storage (logged), never a broken row. */
export async function deleteStoredObjects(keys: (string | null | undefined)[]) {
  const list = keys.filter((k): k is string => !!k);
  let failed = 0;
  for (let i = 0; i < list.length; i += 20) {
    const results = await Promise.allSettled(list.slice(i, i + 20).map((k) => storage().delete(k)));
    failed += results.filter((r) => r.status === 'rejected').length;
  }
  if (failed) console.warn(`[moa] pieces: ${failed} stored files could not be deleted`);
  return list.length - failed;
}

/** A photo no piece took within this long was abandoned with its form. */
export const UNATTACHED_FILE_TTL_MS = 24 * 3600 * 1000;
const BATCH = 200;

/**
 * Remove photos no piece took within a day (hourly cleanup cron). Rows go first, in one
 * statement that re-checks "not attached", so a file is deleted only when nothing points at it.
 */
export async function purgeUnattachedPieceFiles(now: Date) {
  const cutoff = new Date(now.getTime() - UNATTACHED_FILE_TTL_MS);
  let rows = 0;
  let files = 0;
  for (;;) {
    const gone = await db.$queryRaw<{ key: string; thumbKey: string | null }[]>`
      DELETE FROM "PieceFile" f
       WHERE f.id IN (SELECT x.id FROM "PieceFile" x WHERE x."pieceId" IS NULL AND x."createdAt" < ${cutoff} LIMIT ${BATCH})
         AND f."pieceId" IS NULL
      RETURNING f.key, f."thumbKey"`;
    rows += gone.length;
    files += await deleteStoredObjects(gone.flatMap((r) => [r.key, r.thumbKey]));
    if (gone.length < BATCH) break;
  }
  return { pieceFiles: rows, files };
}

// Files sent to rooms: the type comes from the bytes, images get a server-made
// thumbnail, and everything is served back as a download unless it is a plain image.
import crypto from 'node:crypto';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError, notFound } from '@/lib/errors';
import { readFormFile } from '@/lib/multipart';
import { storage } from '@/lib/storage';
import { getMembershipOrThrow } from './access';
import { getUploadQuota, uploadLimit, type UploadLimit } from './quota';

export const RASTER = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']);

// Extensions whose formats have a signature: a file named like this must carry it.
const SIGNED_EXT = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'heic', 'bmp', 'tif', 'tiff', 'ico', 'pdf', 'zip', 'gz', '7z', 'rar', 'mp4', 'm4v', 'mov', 'webm', 'mkv', 'avi', 'mp3', 'm4a', 'wav', 'ogg', 'flac', 'docx', 'xlsx', 'pptx', 'hwp', 'exe']);
// Families of extensions that may legitimately share one detected type.
const ALIASES: Record<string, string[]> = {
  jpg: ['jpg', 'jpeg'], mp4: ['mp4', 'm4v'], mov: ['mov', 'qt'], zip: ['zip', 'docx', 'xlsx', 'pptx', 'hwpx', 'jar'],
  tif: ['tif', 'tiff'], cfb: ['hwp', 'doc', 'xls', 'ppt', 'msi'], mkv: ['mkv', 'webm'], webm: ['webm', 'mkv'],
  m4a: ['m4a', 'mp4'], ogg: ['ogg', 'oga', 'opus'],
};

export function maxUploadBytes() {
  return env().MAX_UPLOAD_MB * 1024 * 1024;
}

const extOf = (name: string) => path.extname(name).slice(1).toLowerCase();

/** Decide the stored type from the bytes; refuse a name that claims another type. */
export async function sniff(bytes: Uint8Array, fileName: string) {
  const detected = await fileTypeFromBuffer(bytes);
  const ext = extOf(fileName);
  if (!detected) {
    if (SIGNED_EXT.has(ext)) throw new AppError('unsupported_media_type', 'errors.fileMismatch');
    return { mime: 'application/octet-stream', ext };
  }
  const family = ALIASES[detected.ext] ?? [detected.ext];
  if (ext && !family.includes(ext) && !(ALIASES[ext] ?? []).includes(detected.ext)) {
    throw new AppError('unsupported_media_type', 'errors.fileMismatch');
  }
  return { mime: detected.mime, ext: detected.ext };
}

export function cleanName(name: string) {
  const base = path.basename(name).replace(/[\u0000-\u001f\u007f/\\]/g, '').trim();
  return (base || 'file').slice(0, 200);
}

export const fileTooLarge = () => new AppError('payload_too_large', 'errors.fileTooLarge', { mb: env().MAX_UPLOAD_MB });

/** The multipart `file` of an upload request, at most `limit` bytes (counted as it arrives). */
export function readRoomFile(req: Request, limit: UploadLimit) {
  return readFormFile(req, 'file', limit.bytes, {
    tooLarge: limit.tooLarge,
    missing: 'validation.fileRequired',
    empty: 'validation.fileEmpty',
  });
}

/** A WebP thumbnail (≤ 480 px) and the upright size of a raster image; 415 if it is not one. */
export async function makeThumbnail(bytes: Uint8Array) {
  try {
    const image = sharp(bytes, { animated: false, limitInputPixels: 100_000_000 }).rotate();
    const meta = await image.metadata();
    const width = meta.autoOrient?.width ?? meta.width ?? null;
    const height = meta.autoOrient?.height ?? meta.height ?? null;
    const thumb = await image.resize({ width: 480, height: 480, fit: 'inside', withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
    return { thumb, width, height };
  } catch {
    throw new AppError('unsupported_media_type', 'errors.fileMismatch');
  }
}

export const newUploadKey = (roomId: string) => `rooms/${roomId}/${crypto.randomBytes(12).toString('hex')}`;

/**
 * Store a file for a room the actor is in; the message that carries it is sent separately.
 * `readFile` reads the request body and is called only once membership and the quota
 * are known, with the most bytes it may take (the file limit or what is left of the quota).
 */
export async function createUpload(actorId: string, roomId: string, readFile: (limit: UploadLimit) => Promise<File>) {
  await getMembershipOrThrow(actorId, roomId);
  const limit = uploadLimit(await getUploadQuota(actorId), maxUploadBytes(), fileTooLarge);
  const file = await readFile(limit);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const fileName = cleanName(file.name);
  const { mime } = await sniff(bytes, fileName);
  const key = newUploadKey(roomId);
  let thumbKey: string | null = null;
  let width: number | null = null;
  let height: number | null = null;
  if (RASTER.has(mime)) {
    const made = await makeThumbnail(bytes);
    ({ width, height } = made);
    thumbKey = `${key}-thumb`;
    await storage().put(thumbKey, made.thumb, 'image/webp');
  }
  await storage().put(key, bytes, mime);
  const upload = await db.upload.create({
    data: { roomId, uploaderId: actorId, key, thumbKey, fileName, mime, size: file.size, width, height },
  });
  return { uploadId: upload.id, mime, fileName, size: file.size, width, height };
}

/** Stream a file to a member of its room. Only raster images are shown inline. */
export async function openUpload(actorId: string, uploadId: string, variant: 'original' | 'thumb' | 'download') {
  const upload = await db.upload.findUnique({ where: { id: uploadId }, include: { message: { select: { deletedAt: true } } } });
  if (!upload) throw notFound();
  await getMembershipOrThrow(actorId, upload.roomId);
  if (upload.message?.deletedAt) throw notFound();
  const key = variant === 'thumb' && upload.thumbKey ? upload.thumbKey : upload.key;
  const obj = await storage().get(key);
  if (!obj) throw notFound();
  const inline = variant === 'thumb' || (variant === 'original' && RASTER.has(upload.mime));
  const encoded = encodeURIComponent(upload.fileName);
  return {
    body: obj.body,
    headers: {
      // The type we sniffed, not the stored object's: a direct upload is stored as opaque bytes.
      'content-type': !inline ? 'application/octet-stream' : variant === 'thumb' && upload.thumbKey ? 'image/webp' : upload.mime,
      'content-length': String(obj.size),
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encoded}`,
      'cache-control': 'private, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  };
}

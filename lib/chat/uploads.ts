// Files sent to rooms: the type comes from the bytes, images get a server-made
// thumbnail, and everything is served back as a download unless it is a plain image.
import crypto from 'node:crypto';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError, notFound } from '@/lib/errors';
import { streamFormFile } from '@/lib/multipart';
import { storage } from '@/lib/storage';
import { getMembershipOrThrow } from './access';
import { getUploadQuota, uploadLimit } from './quota';

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

/** Enough of a file's start for every signature file-type knows (zip-based office files need more than 4 KB). */
export const SNIFF_BYTES = 256 * 1024;

/** The first `n` bytes (or a little more: whole chunks) and the stream of all of it. */
async function peek(body: AsyncIterable<Uint8Array>, n: number) {
  const it = body[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
    size += r.value.byteLength;
  }
  const all = (async function* () {
    yield* head;
    if (ended) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  })();
  return { head: Buffer.concat(head), all };
}

/**
 * Store a file for a room the actor is in; the message that carries it is sent separately.
 * Membership and the quota are checked before a byte of the body is read; the file is then
 * streamed to storage, cut at the file limit or what is left of the quota. Its type comes
 * from its first bytes, checked before anything is written. Raster images are held whole
 * (sharp decodes the whole image for the thumbnail anyway, and they are small); every
 * other file goes to storage chunk by chunk.
 */
export async function createUpload(actorId: string, roomId: string, req: Request) {
  await getMembershipOrThrow(actorId, roomId);
  const limit = uploadLimit(await getUploadQuota(actorId), maxUploadBytes(), fileTooLarge);
  const key = newUploadKey(roomId);
  const thumbKey = `${key}-thumb`;
  try {
    const stored = await streamFormFile(req, 'file', limit.bytes, { tooLarge: limit.tooLarge, missing: 'validation.fileRequired', empty: 'validation.fileEmpty' }, async (file) => {
      const fileName = cleanName(file.name);
      const { head, all } = await peek(file.body, SNIFF_BYTES);
      const { mime } = await sniff(head, fileName);
      if (!RASTER.has(mime)) return { fileName, mime, size: await storage().putStream(key, all, mime), thumb: null };
      const chunks: Uint8Array[] = [];
      for await (const chunk of all) chunks.push(chunk);
      const bytes = Buffer.concat(chunks);
      const made = await makeThumbnail(bytes);
      await storage().put(thumbKey, made.thumb, 'image/webp');
      await storage().put(key, bytes, mime);
      return { fileName, mime, size: bytes.byteLength, thumb: made };
    });
    const { fileName, mime, size, thumb } = stored;
    const [width, height] = [thumb?.width ?? null, thumb?.height ?? null];
    const upload = await db.upload.create({
      data: { roomId, uploaderId: actorId, key, thumbKey: thumb ? thumbKey : null, fileName, mime, size, width, height },
    });
    return { uploadId: upload.id, mime, fileName, size, width, height };
  } catch (err) {
    // Cut off, refused or malformed after something was written: nothing may stay behind.
    await Promise.all([storage().delete(key), storage().delete(thumbKey)]).catch(() => {});
    throw err;
  }
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

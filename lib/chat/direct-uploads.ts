// Direct uploads (S3 storage): the browser puts the file straight into the bucket with a
// presigned PUT, then asks us to complete it. Nothing is trusted from the browser: the
// object's size must be the one reserved, its type is sniffed from its first bytes
// (a ranged read), raster images get their thumbnail here, as in the proxied path.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { storage } from '@/lib/storage';
import { getMembershipOrThrow } from './access';
import { getUploadQuota, uploadLimit } from './quota';
import { RASTER, SNIFF_BYTES, cleanName, fileTooLarge, makeThumbnail, maxUploadBytes, newUploadKey, sniff } from './uploads';
import type { DirectUploadInput } from './schemas';

/** How long a presigned PUT stays valid. */
export const DIRECT_UPLOAD_TTL_SECONDS = 15 * 60;

/**
 * After the membership and quota checks: with S3, a pending upload and the signed PUT for
 * it (its size is reserved against the quota until it completes or is cleaned up); with
 * any other storage, `{ mode: 'proxy' }` — the browser posts the file to the upload route.
 */
export async function startDirectUpload(actorId: string, roomId: string, input: DirectUploadInput) {
  await getMembershipOrThrow(actorId, roomId);
  uploadLimit(await getUploadQuota(actorId), maxUploadBytes(), fileTooLarge, input.size);
  const s = storage();
  if (!s.presignPut) return { mode: 'proxy' as const };
  const key = newUploadKey(roomId);
  const pending = await db.pendingUpload.create({ data: { roomId, uploaderId: actorId, key, fileName: cleanName(input.fileName), size: input.size } });
  const put = await s.presignPut(key, input.size, DIRECT_UPLOAD_TTL_SECONDS);
  return { mode: 'direct' as const, pendingId: pending.id, ...put };
}

/** Verify the object the browser put and turn the pending upload into an upload. */
export async function completeDirectUpload(actorId: string, roomId: string, pendingId: string) {
  await getMembershipOrThrow(actorId, roomId);
  const pending = await db.pendingUpload.findFirst({ where: { id: pendingId, roomId, uploaderId: actorId } });
  if (!pending) throw notFound();
  const s = storage();
  const info = await s.head(pending.key);
  // Not there (yet): the browser may try again after its PUT went through.
  if (!info) throw new AppError('conflict', 'errors.uploadNotReceived');
  const discard = async (err: unknown): Promise<never> => {
    await s.delete(pending.key);
    await db.pendingUpload.deleteMany({ where: { id: pending.id } });
    throw err;
  };
  if (info.size !== pending.size) await discard(new AppError('validation_failed', 'errors.uploadSizeMismatch'));
  const start = (await s.readStart(pending.key, SNIFF_BYTES)) ?? new Uint8Array();
  const { mime } = await sniff(start, pending.fileName).catch(discard);
  let thumbKey: string | null = null;
  let width: number | null = null;
  let height: number | null = null;
  if (RASTER.has(mime)) {
    const obj = await s.get(pending.key);
    const bytes = obj ? new Uint8Array(await new Response(obj.body).arrayBuffer()) : new Uint8Array();
    const made = await makeThumbnail(bytes).catch(discard);
    ({ width, height } = made);
    thumbKey = `${pending.key}-thumb`;
    await s.put(thumbKey, made.thumb, 'image/webp');
  }
  const upload = await db.$transaction(async (tx) => {
    // Whoever deletes the pending row completes it: a second complete is a 404.
    const { count } = await tx.pendingUpload.deleteMany({ where: { id: pending.id } });
    if (count === 0) throw notFound();
    return tx.upload.create({
      data: { roomId, uploaderId: actorId, key: pending.key, thumbKey, fileName: pending.fileName, mime, size: pending.size, width, height },
    });
  });
  return { uploadId: upload.id, mime, fileName: upload.fileName, size: upload.size, width, height };
}

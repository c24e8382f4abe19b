// A group room's picture: any member may set or remove it, each change leaves a system
// line, and the room's members hear of it after commit (their lists and headers refetch).
// The bytes are re-encoded by the same pipeline as profile pictures (sharp to WebP,
// EXIF and anything else besides pixels dropped), so bad input stores nothing.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { defer } from '@/lib/defer';
import { notFound } from '@/lib/errors';
import { storage } from '@/lib/storage';
import { toProfileWebp } from '@/lib/profiles/images';
import { storedWebpResponse } from '@/lib/profiles/serve';
import { IMAGE_MAX_BYTES } from '@/lib/profiles/schemas';
import { readUploadedImage } from '@/lib/multipart';
import { getMembershipOrThrow } from './access';
import { publishSystem, requireGroup } from './groups';
import { systemMessage } from './room-tx';

/** The URL names the key's tail, so a new picture busts caches. */
export const roomImageUrl = (roomId: string, key: string | null | undefined) => (key ? `/api/rooms/${roomId}/image?v=${key.slice(-12)}` : null);

function removeStored(key: string | null) {
  if (!key) return Promise.resolve();
  // An orphaned file is harmless; failing a change that committed would not be.
  return storage().delete(key).catch((err) => console.warn('[moa] could not delete room image:', (err as Error).message));
}

/** Point the room at `key` (or none) under its row lock, with the system line; returns the key it replaced. */
async function swapImage(roomId: string, key: string | null, line: { key: string; actor: string }) {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ imageKey: string | null }[]>`SELECT "imageKey" FROM "Room" WHERE id = ${roomId} FOR UPDATE`;
    if (rows.length === 0) throw notFound();
    await tx.room.update({ where: { id: roomId }, data: { imageKey: key } });
    const row = await systemMessage(tx, roomId, line.key, { actor: line.actor });
    return { previous: rows[0].imageKey, row };
  });
}

/** Replace the picture with the request's multipart field "file" (read only once the caller is known to be a member). */
export async function setRoomImage(actorId: string, actorName: string, roomId: string, req: Request) {
  await requireGroup(actorId, roomId);
  const image = await toProfileWebp(await readUploadedImage(req, 'file', IMAGE_MAX_BYTES), 'avatar');
  const key = `rooms/${roomId}/image-${randomBytes(12).toString('hex')}`;
  await storage().put(key, image.bytes, 'image/webp');
  let swapped;
  try {
    swapped = await swapImage(roomId, key, { key: 'room-image-changed', actor: actorName });
  } catch (err) {
    await removeStored(key);
    throw err;
  }
  await removeStored(swapped.previous);
  defer(publishSystem([swapped.row], roomId));
  return { imageUrl: roomImageUrl(roomId, key) };
}

export async function removeRoomImage(actorId: string, actorName: string, roomId: string) {
  const { room } = await requireGroup(actorId, roomId);
  if (!room.imageKey) return { imageUrl: null };
  const { previous, row } = await swapImage(roomId, null, { key: 'room-image-removed', actor: actorName });
  await removeStored(previous);
  defer(publishSystem([row], roomId));
  return { imageUrl: null };
}

/** The picture as a response, for members only. */
export async function roomImageResponse(req: Request, actorId: string, roomId: string) {
  const { room } = await getMembershipOrThrow(actorId, roomId);
  const object = room.imageKey ? await storage().get(room.imageKey) : null;
  if (!room.imageKey || !object) throw notFound();
  return storedWebpResponse(req, room.imageKey, object);
}

// Attaching uploaded photos to a piece, inside the piece's transaction: the main photo
// (position -1) and up to 10 extra photos (positions 0…9, in the order given).
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

export const MAIN_POSITION = -1;

export interface PhotoChoice {
  /** undefined: keep the current main photo; null: none. */
  photoId?: string | null;
  /** undefined: keep the current extra photos. */
  photoIds?: string[];
}

const unavailable = () => new AppError('validation_failed', 'pieces.validation.photoUnavailable', { field: 'photoIds' });

/**
 * Make the piece's photos exactly `choice`. A file not yet on this piece must be the
 * actor's own and attached to nothing (someone else's, a missing one, or one already on
 * another piece: 422, the same answer for each, so ids leak nothing); the conditional
 * update is the check, so two pieces can never take one file. Returns the storage keys
 * of files dropped from the piece (delete them after the commit) and whether the main
 * photo changed (it is on the ticket).
 */
export async function setPiecePhotos(tx: Tx, actorId: string, pieceId: string, choice: PhotoChoice) {
  const current = await tx.pieceFile.findMany({ where: { pieceId }, select: { id: true, key: true, thumbKey: true, position: true } });
  const currentMain = current.find((f) => f.position === MAIN_POSITION)?.id ?? null;
  const mainId = choice.photoId === undefined ? currentMain : choice.photoId;
  const extras = choice.photoIds ?? current.filter((f) => f.position !== MAIN_POSITION).sort((a, b) => a.position - b.position).map((f) => f.id);
  const wanted = [...(mainId ? [mainId] : []), ...extras];
  if (new Set(wanted).size !== wanted.length) throw new AppError('validation_failed', 'pieces.validation.photoDuplicate', { field: 'photoIds' });

  const have = new Set(current.map((f) => f.id));
  const incoming = wanted.filter((id) => !have.has(id));
  if (incoming.length) {
    const taken = await tx.pieceFile.updateMany({ where: { id: { in: incoming }, ownerId: actorId, pieceId: null }, data: { pieceId } });
    if (taken.count !== incoming.length) throw unavailable();
  }
  const positions = new Map<string, number>([...(mainId ? [[mainId, MAIN_POSITION] as const] : []), ...extras.map((id, i) => [id, i] as const)]);
  for (const [id, position] of positions) {
    if (current.find((f) => f.id === id)?.position !== position) await tx.pieceFile.update({ where: { id }, data: { position } });
  }
  const dropped = current.filter((f) => !positions.has(f.id));
  if (dropped.length) await tx.pieceFile.deleteMany({ where: { id: { in: dropped.map((f) => f.id) } } });

  // The piece keeps its main photo's keys too: the ticket renderer reads them from the piece.
  const main = mainId ? await tx.pieceFile.findUniqueOrThrow({ where: { id: mainId }, select: { key: true, thumbKey: true } }) : null;
  await tx.piece.update({ where: { id: pieceId }, data: { photoKey: main?.key ?? null, photoThumbKey: main?.thumbKey ?? null } });
  return { mainChanged: mainId !== currentMain, droppedKeys: dropped.flatMap((f) => [f.key, f.thumbKey]) };
}

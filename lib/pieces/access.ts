// Who may see or change a piece. Outsiders get 404 (never 403), so ids leak nothing.
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** The rows an actor may read: their own pieces, and anyone's public piece. */
export const visibleWhere = (actorId: string | null, pieceId: string) => ({
  id: pieceId,
  OR: [{ isPublic: true }, ...(actorId ? [{ ownerId: actorId }] : [])],
});

/** A piece the actor owns (every write); 404 for anyone else. */
export async function getOwnPieceOrThrow(actorId: string, pieceId: string) {
  const piece = await db.piece.findFirst({ where: { id: pieceId, ownerId: actorId } });
  if (!piece) throw notFound();
  return piece;
}

/** A piece the actor may read: their own, or anyone's public piece. */
export async function getVisiblePieceOrThrow(actorId: string | null, pieceId: string) {
  const piece = await db.piece.findFirst({ where: visibleWhere(actorId, pieceId) });
  if (!piece) throw notFound();
  return piece;
}

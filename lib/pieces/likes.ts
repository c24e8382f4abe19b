// Likes (찜) on public pieces, and the list of pieces I liked. Liking my own piece is
// refused: a count of other people's likes is what the number means on a cake page.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { pieceCardInclude, toCakePiece } from '@/lib/shows/cake-service';
import type { LikedPieceDto } from '@/lib/shows/cake-schemas';
import { likeStatement, unlikeStatement, type LikeOutcome } from './like-statements';
import { publishPieceLiked } from './like-events';

function settle(out: LikeOutcome, pieceId: string, liked: boolean) {
  if (!out.found) throw notFound();
  if (out.own) throw new AppError('validation_failed', 'cakes.errors.likeOwn');
  if (out.changed) defer(publishPieceLiked({ pieceId, showId: out.showId!, ownerId: out.ownerId!, likeCount: out.likeCount! }));
  return { pieceId, liked, likeCount: out.likeCount! };
}

/** Like a public piece of someone else; liking again changes nothing. */
export async function likePiece(actorId: string, pieceId: string) {
  return settle(await likeStatement(pieceId, actorId, now()), pieceId, true);
}

/** Take a like back; without one nothing changes. */
export async function unlikePiece(actorId: string, pieceId: string) {
  return settle(await unlikeStatement(pieceId, actorId), pieceId, false);
}

const LIKED_PAGE = 20;

/** Pieces I liked that are still public, the most recently liked first (keyset by like time). */
export async function listLikedPieces(actorId: string, cursor?: string) {
  const [ms, pieceId] = cursor ? cursor.split('.') : [];
  const at = cursor ? new Date(Number(ms)) : null;
  const rows = await db.pieceLike.findMany({
    where: {
      userId: actorId,
      piece: { isPublic: true },
      ...(at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, pieceId: { lt: pieceId } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { pieceId: 'desc' }],
    take: LIKED_PAGE + 1,
    include: { piece: { include: pieceCardInclude(actorId) } },
  });
  const page = rows.slice(0, LIKED_PAGE);
  const pieces: LikedPieceDto[] = page.map((l) => ({ ...toCakePiece(l.piece, actorId), showTitle: l.piece.show.title, showKind: l.piece.show.kind }));
  const last = page.at(-1);
  return { pieces, nextCursor: rows.length > LIKED_PAGE && last ? `${last.createdAt.getTime()}.${last.pieceId}` : null };
}

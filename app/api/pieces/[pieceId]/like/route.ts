import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { pieceParams } from '@/lib/shows/cake-schemas';
import { likePiece, unlikePiece } from '@/lib/pieces/likes';

// POST /api/pieces/:pieceId/like — like (찜) someone's public piece
export const POST = route(async (_req, params) => {
  const { pieceId } = parseParams(params, pieceParams);
  const user = await requireUser();
  return likePiece(user.id, pieceId);
});

// DELETE /api/pieces/:pieceId/like — take the like back
export const DELETE = route(async (_req, params) => {
  const { pieceId } = parseParams(params, pieceParams);
  const user = await requireUser();
  return unlikePiece(user.id, pieceId);
});

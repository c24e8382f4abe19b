import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { pieceParams, piecePatchSchema } from '@/lib/pieces/schemas';
import { deletePiece, getPiece, updatePiece } from '@/lib/pieces/service';

type P = { pieceId: string };

// GET /api/pieces/[pieceId] — my piece, or anyone's public piece (read-only); 404 otherwise
export const GET = route<P>(async (_req, params) => {
  const { pieceId } = parseParams(params, pieceParams);
  const user = await requireUser();
  return { piece: await getPiece(user.id, pieceId) };
});

// PATCH /api/pieces/[pieceId] — change my piece (version bumps when the ticket changes)
export const PATCH = route<P>(async (req, params) => {
  const { pieceId } = parseParams(params, pieceParams);
  const user = await requireUser();
  const input = await readJson(req, piecePatchSchema);
  return { piece: await updatePiece(user.id, pieceId, input) };
});

// DELETE /api/pieces/[pieceId] — delete my piece and its photos
export const DELETE = route<P>(async (_req, params) => {
  const { pieceId } = parseParams(params, pieceParams);
  const user = await requireUser();
  await deletePiece(user.id, pieceId);
  return { ok: true };
});

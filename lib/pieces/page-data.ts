// What the piece pages render first (the client then keeps it fresh).
import { AppError } from '@/lib/errors';
import { pieceParams } from './schemas';
import { getPiece } from './service';

/** The piece this person may see, or null for a page that should 404 (private, someone else's, no such piece). */
export async function loadPiecePage(userId: string, rawParams: unknown) {
  const p = pieceParams.safeParse(rawParams);
  if (!p.success) return null;
  try {
    return await getPiece(userId, p.data.pieceId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

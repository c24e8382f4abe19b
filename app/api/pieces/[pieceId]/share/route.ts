import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { pieceIdParams } from '@/lib/pieces/share/schemas';
import { createShareLink, getShare, revokeShareLink } from '@/lib/pieces/share/service';

// GET /api/pieces/[pieceId]/share — my piece's visibility, share link and current ticket image URLs
export const GET = route<{ pieceId: string }>(async (_req, params) => {
  const { pieceId } = parseParams(params, pieceIdParams);
  const user = await requireUser();
  return { share: await getShare(user.id, pieceId) };
});

// POST /api/pieces/[pieceId]/share — a new share link (any old one stops working)
export const POST = route<{ pieceId: string }>(async (_req, params) => {
  const { pieceId } = parseParams(params, pieceIdParams);
  const user = await requireUser();
  return { share: await createShareLink(user.id, pieceId) };
});

// DELETE /api/pieces/[pieceId]/share — revoke the share link (its address answers 404 from now on)
export const DELETE = route<{ pieceId: string }>(async (_req, params) => {
  const { pieceId } = parseParams(params, pieceIdParams);
  const user = await requireUser();
  return { share: await revokeShareLink(user.id, pieceId) };
});

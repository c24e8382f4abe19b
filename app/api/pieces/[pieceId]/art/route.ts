import { parseParams, requestLocale, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { pieceIdParams } from '@/lib/pieces/share/schemas';
import { makeTicketArt, removeTicketArt } from '@/lib/pieces/art/service';

// Painting takes a provider tens of seconds.
export const maxDuration = 120;

// POST /api/pieces/[pieceId]/art — paint an AI background for my ticket (or say why the layout stays)
export const POST = route<{ pieceId: string }>(async (req, params) => {
  const { pieceId } = parseParams(params, pieceIdParams);
  const user = await requireUser();
  return makeTicketArt(user.id, pieceId, requestLocale(req));
});

// DELETE /api/pieces/[pieceId]/art — remove the AI background (back to the plain layout)
export const DELETE = route<{ pieceId: string }>(async (req, params) => {
  const { pieceId } = parseParams(params, pieceIdParams);
  const user = await requireUser();
  return removeTicketArt(user.id, pieceId, requestLocale(req));
});

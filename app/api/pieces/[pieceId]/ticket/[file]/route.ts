import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { downloadQuery, ownerTicketParams } from '@/lib/pieces/share/schemas';
import { ownTicketRow } from '@/lib/pieces/share/service';
import { ownerImagePath } from '@/lib/pieces/share/paths';
import { ticketImageResponse } from '@/lib/pieces/share/serve';

// GET /api/pieces/[pieceId]/ticket/[hash]-(story|og).(png|webp) — my ticket as PNG or WebP (?download=1 to save it)
export const GET = route<{ pieceId: string; file: string }>(async (req, params) => {
  const { pieceId, file } = parseParams(params, ownerTicketParams);
  const user = await requireUser();
  const { download } = downloadQuery.catch({}).parse(Object.fromEntries(req.nextUrl.searchParams));
  const row = await ownTicketRow(user.id, pieceId);
  return ticketImageResponse(row, { ...file, pathOf: (hash, format, type) => ownerImagePath(pieceId, hash, format, type), audience: 'private', download: download === '1' });
});

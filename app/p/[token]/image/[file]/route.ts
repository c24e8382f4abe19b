import { parseParams, route } from '@/lib/http';
import { currentUser } from '@/lib/accounts/session';
import { publicTicketParams } from '@/lib/pieces/share/schemas';
import { getSharedTicketOrThrow } from '@/lib/pieces/share/service';
import { publicImagePath } from '@/lib/pieces/share/paths';
import { ticketImageResponse } from '@/lib/pieces/share/serve';

// GET /p/[token]/image/[hash]-(og|story).(png|webp) — a shared ticket: the link preview (og PNG) and the page’s picture (story WebP)
// (anyone for a public piece; only the owner for a private one)
export const GET = route<{ token: string; file: string }>(async (_req, params) => {
  const { token, file } = parseParams(params, publicTicketParams);
  const row = await getSharedTicketOrThrow(token, async () => (await currentUser())?.id ?? null);
  return ticketImageResponse(row, { ...file, pathOf: (hash, format, type) => publicImagePath(token, hash, format, type), audience: row.isPublic ? 'public' : 'private' });
});

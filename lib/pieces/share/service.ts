// Share links (/p/<token>): one per piece at most. Making one replaces any old one (the
// old address then answers 404), revoking clears it. Who may open a link: anyone when
// the piece is public, only its owner when it is private.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { renderHash } from '@/lib/pieces/render/hash';
import { ticketRowOrThrow, ticketSelect, type TicketRow } from '@/lib/pieces/render/source';
import { ownerImagePath, sharePagePath } from './paths';
import type { ShareDto } from './schemas';

const newToken = () => randomBytes(24).toString('base64url');

export function shareDto(row: TicketRow): ShareDto {
  const hash = renderHash(row);
  return {
    isPublic: row.isPublic,
    link: row.shareToken ? { token: row.shareToken, path: sharePagePath(row.shareToken) } : null,
    images: { story: ownerImagePath(row.id, hash, 'story'), og: ownerImagePath(row.id, hash, 'og') },
  };
}

export const ownTicketRow = (ownerId: string, pieceId: string) => ticketRowOrThrow({ id: pieceId, ownerId });

export async function getShare(ownerId: string, pieceId: string): Promise<ShareDto> {
  return shareDto(await ownTicketRow(ownerId, pieceId));
}

/** A new link for my piece; any old link stops working at once. */
export async function createShareLink(ownerId: string, pieceId: string): Promise<ShareDto> {
  // Conditional on the owner: an outsider's request changes nothing and is a 404.
  const { count } = await db.piece.updateMany({ where: { id: pieceId, ownerId }, data: { shareToken: newToken() } });
  if (count !== 1) throw notFound();
  return getShare(ownerId, pieceId);
}

/** Revoke my piece's link: its address answers 404 from now on. */
export async function revokeShareLink(ownerId: string, pieceId: string): Promise<ShareDto> {
  const { count } = await db.piece.updateMany({ where: { id: pieceId, ownerId }, data: { shareToken: null } });
  if (count !== 1) throw notFound();
  return getShare(ownerId, pieceId);
}

/**
 * The piece behind a share link, for a page or an image anyone may request. A public
 * piece is one indexed read; a private one also asks who is looking (only its owner
 * may), so the signed-out hot path never touches the session tables.
 */
export async function getSharedTicketOrThrow(token: string, viewerId: () => Promise<string | null>): Promise<TicketRow> {
  const row = await db.piece.findFirst({ where: { shareToken: token, owner: { deletedAt: null } }, select: ticketSelect });
  if (!row) throw notFound();
  if (!row.isPublic && (await viewerId()) !== row.ownerId) throw notFound();
  return row;
}

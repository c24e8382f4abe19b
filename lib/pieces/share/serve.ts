// The HTTP face of a ticket image: the current rendering under its content-hashed name
// (cached for good), or a short redirect when the name is of an older version.
import { renderHash } from '@/lib/pieces/render/hash';
import { ticketImage } from '@/lib/pieces/render/service';
import type { TicketRow } from '@/lib/pieces/render/source';
import type { ImageType } from '@/lib/pieces/render/service';
import type { TicketFormat } from '@/lib/pieces/render/ticket';

export interface ImageRequest {
  hash: string;
  format: TicketFormat;
  type: ImageType;
  /** Where this rendering lives for this caller (owner or public path). */
  pathOf: (hash: string, format: TicketFormat, type: ImageType) => string;
  /** Public images may be kept by shared caches (messenger crawlers, CDNs); private ones only by the browser. */
  audience: 'public' | 'private';
  download?: boolean;
}

export async function ticketImageResponse(row: TicketRow, req: ImageRequest): Promise<Response> {
  const current = renderHash(row);
  if (req.hash !== current) {
    // A link scraped before the piece changed: send the current picture, and do not let the redirect stick.
    return new Response(null, { status: 307, headers: { location: req.pathOf(current, req.format, req.type), 'cache-control': 'no-store' } });
  }
  const image = await ticketImage(row, req.format, req.type);
  return new Response(image.body, {
    headers: {
      'content-type': image.contentType,
      'content-length': String(image.size),
      'cache-control': `${req.audience}, max-age=31536000, immutable`,
      'content-disposition': req.download ? `attachment; filename="moa-ticket-${req.format}.${req.type}"` : 'inline',
      'x-content-type-options': 'nosniff',
      'x-robots-tag': 'noindex',
    },
  });
}

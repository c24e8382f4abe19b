// Where a ticket image and a share page live. The image paths carry the content hash,
// so each names exactly one rendering.
import type { TicketFormat } from '@/lib/pieces/render/ticket';

export const sharePagePath = (token: string) => `/p/${token}`;
export const ownerImagePath = (pieceId: string, hash: string, format: TicketFormat) => `/api/pieces/${pieceId}/ticket/${hash}-${format}.png`;
export const publicImagePath = (token: string, hash: string, format: TicketFormat) => `/p/${token}/image/${hash}-${format}.png`;

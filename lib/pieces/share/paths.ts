// Where a ticket image and a share page live. The image paths carry the content hash,
// so each names exactly one rendering.
import type { TicketFormat } from '@/lib/pieces/render/ticket';
import type { ImageType } from '@/lib/pieces/render/service';

export const sharePagePath = (token: string) => `/p/${token}`;
export const ownerImagePath = (pieceId: string, hash: string, format: TicketFormat, type: ImageType = 'png') => `/api/pieces/${pieceId}/ticket/${hash}-${format}.${type}`;
export const publicImagePath = (token: string, hash: string, format: TicketFormat, type: ImageType = 'png') => `/p/${token}/image/${hash}-${format}.${type}`;

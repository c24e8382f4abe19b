// Inputs of the ticket image, share link and AI art routes, and what they answer.
import { z } from 'zod';
import { idSchema } from '@/lib/schemas';

export const pieceIdParams = z.object({ pieceId: idSchema });

/** A share token: 24 random bytes, base64url (32 characters). */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
export const tokenParams = z.object({ token: tokenSchema });

/**
 * An image file name: `<content hash>-<format>.<png|webp>`. PNG is what is saved and what
 * link previews fetch; WebP (a fifth of the bytes) is what the share page shows.
 */
export const ticketFileSchema = z
  .string()
  .regex(/^[a-f0-9]{20}-(story|og)\.(png|webp)$/)
  .transform((file) => {
    const [name, type] = file.split('.');
    const [hash, format] = name.split('-');
    return { hash, format: format as 'story' | 'og', type: type as 'png' | 'webp' };
  });
export const ownerTicketParams = z.object({ pieceId: idSchema, file: ticketFileSchema });
export const publicTicketParams = z.object({ token: tokenSchema, file: ticketFileSchema });

export const downloadQuery = z.object({ download: z.enum(['1']).optional() });

/** The share panel's state: visibility, the link (when there is one) and the current ticket images. */
export interface ShareDto {
  isPublic: boolean;
  link: { token: string; path: string } | null;
  /** The owner's own image URLs (content-hashed): `story` is what "save image" downloads. */
  images: { story: string; og: string };
}

export type ArtOutcome = 'made' | 'removed' | 'unconfigured' | 'failed';

export interface ArtResultDto {
  art: {
    outcome: ArtOutcome;
    /** A message for the person (ticket.art.*), in their language. */
    message: string;
  };
  /** The preview's AI background after this (a data URL), or null for the plain layout. */
  preview: string | null;
  share: ShareDto;
}

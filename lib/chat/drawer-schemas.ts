// The room drawer (채팅방 서랍) and group room pictures: input schemas and the DTOs the
// browser reads. Pure, so client code imports them too.
import { z } from 'zod';
import type { UserBrief } from '@/lib/users/brief';
import { MAX_SEQ, type AttachmentDto } from './schemas';

export const DRAWER_KINDS = ['media', 'files', 'links'] as const;
export type DrawerKind = (typeof DRAWER_KINDS)[number];

export const drawerQuerySchema = z.object({
  kind: z.enum(DRAWER_KINDS, { error: 'rooms.validation.drawerKind' }),
  /** Items older than this seq (the previous page's `nextCursor`). */
  cursor: z.coerce.number().int().min(1).max(MAX_SEQ).optional(),
  limit: z.coerce.number().int().min(1).max(60).default(30),
});
export type DrawerQuery = z.infer<typeof drawerQuerySchema>;

export interface DrawerItemDto {
  messageId: string;
  seq: number;
  createdAt: string;
  sender: UserBrief | null;
  kind: 'IMAGE' | 'VIDEO' | 'FILE' | 'LINK';
  attachment: AttachmentDto | null;
  link: { url: string; host: string } | null;
}

export interface DrawerPageDto {
  items: DrawerItemDto[];
  /** Pass as `cursor` for the next (older) page; null at the room's start. */
  nextCursor: number | null;
}

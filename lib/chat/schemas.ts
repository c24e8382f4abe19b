import { z } from 'zod';
import { idSchema, isoDate, line, text, verbatim } from '@/lib/schemas';
import type { UserBrief } from '@/lib/users/brief';
import { MAX_TEXT } from './limits';

export { MAX_TEXT };
export const roomParams = z.object({ roomId: idSchema });
export const messageParams = z.object({ roomId: idSchema, messageId: idSchema });

export const sendMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('TEXT'),
    clientId: verbatim().min(8).max(64),
    body: text().min(1, { error: 'validation.messageEmpty' }).max(MAX_TEXT, { error: 'validation.messageTooLong' }),
  }),
  z.object({ kind: z.literal('STICKER'), clientId: verbatim().min(8).max(64), stickerId: z.string().regex(/^[a-z0-9-]{1,40}$/) }),
  z.object({ kind: z.literal('ATTACHMENT'), clientId: verbatim().min(8).max(64), uploadId: idSchema, body: text().max(MAX_TEXT).optional() }),
]);
export type SendMessageInput = z.infer<typeof sendMessageSchema>;

/** Sequence numbers are PostgreSQL `int`s. */
export const MAX_SEQ = 2_147_483_647;

export const historyQuerySchema = z.object({
  before: z.coerce.number().int().positive().max(MAX_SEQ).optional(),
  after: z.coerce.number().int().min(0).max(MAX_SEQ).optional(),
  around: z.coerce.number().int().positive().max(MAX_SEQ).optional(),
  date: isoDate().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const readSchema = z.object({ seq: z.number().int().min(0) });

export const createGroupSchema = z.object({
  name: line().min(1, { error: 'validation.roomNameRequired' }).max(50),
  memberIds: z.array(idSchema).min(1).max(100),
});
export const renameSchema = z.object({ name: line().min(1, { error: 'validation.roomNameRequired' }).max(50) });
export const inviteSchema = z.object({ userIds: z.array(idSchema).min(1).max(100) });
export const muteSchema = z.object({ muted: z.boolean() });
export const directFromRoomSchema = z.object({ userId: idSchema });

export const searchQuerySchema = z.object({
  q: line().max(100).optional(),
  date: isoDate().optional(),
  roomId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(30),
});

export interface AttachmentDto {
  id: string;
  fileName: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  url: string;
  thumbUrl: string | null;
}

export interface MessageDto {
  id: string;
  roomId: string;
  seq: number;
  clientId: string | null;
  kind: 'TEXT' | 'STICKER' | 'IMAGE' | 'VIDEO' | 'FILE' | 'SYSTEM';
  body: string;
  stickerId: string | null;
  attachment: AttachmentDto | null;
  system: { key: string; args: Record<string, string> } | null;
  sender: UserBrief | null;
  createdAt: string;
  deleted: boolean;
  /** An open room's message I reported: its content is withheld and it is not shown. */
  hidden?: boolean;
}

export interface RoomMemberDto extends UserBrief {
  lastReadSeq: number;
}

export interface RoomSummaryDto {
  id: string;
  kind: 'CIRCLE' | 'DIRECT' | 'GROUP' | 'OPEN';
  name: string;
  circleKind: 'FAMILY' | 'COUPLE' | null;
  circleId: string | null;
  memberCount: number;
  lastSeq: number;
  lastReadSeq: number;
  unread: number;
  muted: boolean;
  /** A muted cake room: its unread count is not added to the tab's total. */
  quiet: boolean;
  lastMessage: { preview: string; kind: MessageDto['kind']; at: string; senderName: string | null } | null;
  avatars: (string | null)[];
}

export interface RoomDetailDto extends RoomSummaryDto {
  /** Empty for an open room (thousands of members, no read counters). */
  members: RoomMemberDto[];
  canManage: boolean;
  /** False for someone reading a public open room without having joined it. */
  joined: boolean;
  /** An open room's topic ("show:<id>"), null otherwise. */
  topic: string | null;
}

/** A direct (presigned) upload: the file's name and exact size, checked against the quota. */
export const directUploadSchema = z.object({
  fileName: line('validation.fileRequired').min(1).max(255),
  size: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});
export type DirectUploadInput = z.infer<typeof directUploadSchema>;
export const pendingUploadParams = z.object({ roomId: idSchema, pendingId: idSchema });

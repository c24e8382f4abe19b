import { z } from 'zod';
import { idSchema, isoDate, line, text, verbatim } from '@/lib/schemas';
import type { UserBrief } from '@/lib/users/brief';
import { MAX_TEXT } from './limits';

export { MAX_TEXT };
export const roomParams = z.object({ roomId: idSchema });
export const messageParams = z.object({ roomId: idSchema, messageId: idSchema });

/** A reply (답장) names the message it quotes; the send statement checks it is in the room and visible. */
const replyToId = idSchema.nullish();
export const sendMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('TEXT'),
    clientId: verbatim().min(8).max(64),
    body: text().min(1, { error: 'validation.messageEmpty' }).max(MAX_TEXT, { error: 'validation.messageTooLong' }),
    replyToId,
  }),
  z.object({ kind: z.literal('STICKER'), clientId: verbatim().min(8).max(64), stickerId: z.string().regex(/^[a-z0-9-]{1,40}$/), replyToId }),
  z.object({ kind: z.literal('ATTACHMENT'), clientId: verbatim().min(8).max(64), uploadId: idSchema, body: text().max(MAX_TEXT).optional(), replyToId }),
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
  /** The message this one replies to (null when it is not a reply). */
  replyTo?: ReplyRefDto | null;
  /** Reaction counts, most given first (none on deleted messages). */
  reactions?: ReactionCountDto[];
  /** The reader's own reaction. */
  myReaction?: ReactionCode | null;
}

/** The six reactions (공감), stored as these codes; lib/chat/reactions.ts. */
export const REACTION_CODES = ['heart', 'like', 'check', 'laugh', 'wow', 'sad'] as const;
export type ReactionCode = (typeof REACTION_CODES)[number];
export const reactionSchema = z.object({ code: z.enum(REACTION_CODES, { error: 'validation.unknownReaction' }) });

export interface ReactionCountDto {
  code: ReactionCode;
  count: number;
}

/** What a reaction request answers: the message's counts and my reaction now. */
export interface ReactionResult {
  messageId: string;
  reactions: ReactionCountDto[];
  myReaction: ReactionCode | null;
}

/** The room channel's `reaction` event: `code` is the new reaction of `userId` (null: removed). */
export interface ReactionEvent {
  messageId: string;
  userId: string;
  code: ReactionCode | null;
  reactions: ReactionCountDto[];
}

/** A reply's quote: enough to show one line and jump to the original. */
export interface ReplyRefDto {
  id: string;
  seq: number;
  kind: MessageDto['kind'];
  senderName: string | null;
  /** The first line of a text (or a caption), at most 100 characters. */
  body: string;
  fileName: string | null;
  /** Deleted since, or before the reader joined: nothing of it is shown. */
  deleted: boolean;
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
  /** A group room's own picture (lib/chat/room-image.ts), shown instead of members' avatars. */
  imageUrl: string | null;
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

import type { Prisma } from '@/lib/generated/prisma/client';
import { toUserBrief, userBriefSelect } from '@/lib/users/brief';
import type { AttachmentDto, MessageDto } from './schemas';

export const messageInclude = {
  sender: { select: userBriefSelect },
  upload: true,
} satisfies Prisma.MessageInclude;

export type MessageRow = Prisma.MessageGetPayload<{ include: typeof messageInclude }>;

function toAttachment(u: NonNullable<MessageRow['upload']>): AttachmentDto {
  return {
    id: u.id,
    fileName: u.fileName,
    mime: u.mime,
    size: u.size,
    width: u.width,
    height: u.height,
    url: `/api/files/${u.id}`,
    thumbUrl: u.thumbKey ? `/api/files/${u.id}?variant=thumb` : null,
  };
}

export function toMessageDto(m: MessageRow): MessageDto {
  const deleted = !!m.deletedAt;
  return {
    id: m.id,
    roomId: m.roomId,
    seq: m.seq,
    clientId: m.clientId,
    kind: m.kind,
    body: deleted ? '' : m.body,
    stickerId: deleted ? null : m.stickerId,
    attachment: !deleted && m.upload ? toAttachment(m.upload) : null,
    system: m.systemKey ? { key: m.systemKey, args: (m.systemArgs ?? {}) as Record<string, string> } : null,
    sender: m.sender ? toUserBrief(m.sender) : null,
    createdAt: m.createdAt.toISOString(),
    deleted,
  };
}

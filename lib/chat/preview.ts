// A message as one line of the chat list; shared by the server's events and the
// browser, which builds open rooms' lines from their room channel.
import type { MessageDto, ReplyRefDto } from './schemas';

export function previewOf(m: MessageDto) {
  if (m.deleted) return '';
  if (m.kind === 'TEXT') return m.body.slice(0, 80);
  return m.attachment?.fileName ?? m.stickerId ?? '';
}

/** A message as a reply's quote (the composer's bar and the sent reply before the server's copy). */
export function replyRefOf(m: MessageDto): ReplyRefDto {
  return {
    id: m.id, seq: m.seq, kind: m.kind, senderName: m.sender && !m.sender.deleted ? m.sender.displayName : null,
    body: m.body.split('\n', 1)[0].slice(0, 100), fileName: m.attachment?.fileName ?? null, deleted: m.deleted,
  };
}

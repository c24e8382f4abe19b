// A message as one line of the chat list; shared by the server's events and the
// browser, which builds open rooms' lines from their room channel.
import type { MessageDto } from './schemas';

export function previewOf(m: MessageDto) {
  if (m.deleted) return '';
  if (m.kind === 'TEXT') return m.body.slice(0, 80);
  return m.attachment?.fileName ?? m.stickerId ?? '';
}

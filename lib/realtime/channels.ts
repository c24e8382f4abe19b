// Channel names are the contract between publishers, the auth route and clients.
import { ID_PATTERN } from '@/lib/ids';

export type ChannelRef =
  | { kind: 'user'; id: string; presence: boolean }
  | { kind: 'circle'; id: string; presence: false }
  | { kind: 'room'; id: string; presence: boolean }
  | { kind: 'show'; id: string; presence: false };

const ID = `(${ID_PATTERN})`;
const PATTERNS: { re: RegExp; kind: ChannelRef['kind']; presence: boolean }[] = [
  { re: new RegExp(`^private-user-${ID}$`), kind: 'user', presence: false },
  { re: new RegExp(`^private-circle-${ID}$`), kind: 'circle', presence: false },
  { re: new RegExp(`^private-room-${ID}$`), kind: 'room', presence: false },
  { re: new RegExp(`^presence-room-${ID}$`), kind: 'room', presence: true },
  { re: new RegExp(`^presence-user-${ID}$`), kind: 'user', presence: true },
  { re: new RegExp(`^private-show-${ID}$`), kind: 'show', presence: false },
];

/** Parse a channel name; unknown patterns give null (and are refused). */
export function parseChannel(name: string): ChannelRef | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(name);
    if (m) return { kind: p.kind, id: m[1], presence: p.presence } as ChannelRef;
  }
  return null;
}

export const channels = {
  user: (id: string) => `private-user-${id}`,
  circle: (id: string) => `private-circle-${id}`,
  room: (id: string) => `private-room-${id}`,
  roomPresence: (id: string) => `presence-room-${id}`,
  /** Held by each of the person's tabs while it is visible: "using Moa right now" (no app-event push). */
  userPresence: (id: string) => `presence-user-${id}`,
  /** A cake page: live like counts of its pieces (any signed-in person may listen). */
  show: (id: string) => `private-show-${id}`,
};

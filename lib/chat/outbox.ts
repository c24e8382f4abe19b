'use client';

// Messages typed while offline wait here (localStorage survives a reload) and are
// resent with the same clientId, so the server stores each exactly once. Each person
// has their own queue: on a shared family tablet, whoever opens the room next must not
// send someone else's words under their own name. A logout or a refused session (401)
// empties the person's queue.
import type { ReplyRefDto } from './schemas';

export interface OutboxItem {
  roomId: string;
  clientId: string;
  kind: 'TEXT' | 'STICKER';
  body?: string;
  stickerId?: string;
  /** A reply keeps its quote while it waits (shown, then sent as `replyToId`). */
  replyTo?: ReplyRefDto;
  createdAt: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'moa-outbox-v2:';
// The first outbox was one queue for whoever used the device: its owner is unknown, so
// it is dropped rather than sent as the next person to open a room.
const UNOWNED = 'moa-outbox-v1';

/**
 * One person's queue on this device. Storage is touched only when the queue is used, so
 * a component may make one while rendering on the server.
 */
export function outboxOf(userId: string, given?: Store) {
  const key = PREFIX + userId;
  const store = () => given ?? localStorage;
  const read = (): OutboxItem[] => {
    store().removeItem(UNOWNED);
    try {
      const items = JSON.parse(store().getItem(key) ?? '[]');
      return Array.isArray(items) ? (items as OutboxItem[]) : [];
    } catch {
      return [];
    }
  };
  const write = (items: OutboxItem[]) => (items.length ? store().setItem(key, JSON.stringify(items)) : store().removeItem(key));
  return {
    forRoom: (roomId: string) => read().filter((i) => i.roomId === roomId),
    add(item: OutboxItem) {
      write([...read().filter((i) => i.clientId !== item.clientId), item]);
    },
    remove(clientId: string) {
      write(read().filter((i) => i.clientId !== clientId));
    },
    clear: () => store().removeItem(key),
  };
}

export type Outbox = ReturnType<typeof outboxOf>;

/** Signing out: nothing this person queued on the device may go out later. */
export function clearOutbox(userId: string, store?: Store) {
  outboxOf(userId, store).clear();
}

export function newClientId() {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Whether a failed send should wait in the outbox and go again rather than be marked
 * failed: no answer at all (0), a busy or failing server (5xx), and the two refusals that
 * mean "not now" — 408 (the server gave up waiting for the request: Node's own answer
 * to a connection it could not read in time under overload) and 429 (too many at once).
 * A retry is safe because the send is idempotent by its clientId. 401 is handled apart.
 */
export function isTransientSendError(status: number) {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

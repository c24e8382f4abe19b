// Extension points of the one send path: word counts, couple questions and push
// notifications follow a send; word counts also follow a delete. Registered at module
// load by the domains that need them. (The couple question gate, which refuses a send,
// is part of the send statement itself: lib/couple/gate.ts.)
import { defer } from '@/lib/defer';
import type { MessageDto, SendMessageInput } from './schemas';

interface RoomRef { id: string; kind: string; circleId: string | null }
export interface AfterSend {
  actorId: string;
  room: RoomRef;
  message: MessageDto;
  memberIds: string[];
  /** Members (not the sender) who have not muted the room and have a push subscription. */
  pushCandidateIds: string[];
}
export interface AfterDelete {
  actorId: string;
  room: RoomRef;
  message: { id: string; senderId: string | null; kind: string; body: string; createdAt: Date };
}

/** Before the send statement; the room is not known to exist or to hold the actor yet. */
export interface BeforeSend {
  actorId: string;
  roomId: string;
  input: SendMessageInput;
}

// Keyed by name: a dev server's hot reload re-runs a registering module, which then
// replaces its hook instead of adding a second one.
const beforeSend = new Map<string, (ctx: BeforeSend) => Promise<void>>();
const afterSend = new Map<string, (ctx: AfterSend) => Promise<void>>();
const afterDelete = new Map<string, (ctx: AfterDelete) => Promise<void>>();

export const onBeforeSend = (name: string, fn: (ctx: BeforeSend) => Promise<void>) => void beforeSend.set(name, fn);
export const onAfterSend = (name: string, fn: (ctx: AfterSend) => Promise<void>) => void afterSend.set(name, fn);
export const onAfterDelete = (name: string, fn: (ctx: AfterDelete) => Promise<void>) => void afterDelete.set(name, fn);

/** May throw an AppError to refuse the send (nothing is stored then). */
export async function runBeforeSend(ctx: BeforeSend) {
  for (const fn of beforeSend.values()) await fn(ctx);
}

const settled = (work: () => Promise<void>) =>
  Promise.resolve()
    .then(work)
    .catch((err) => console.warn('[moa] after-send work failed:', (err as Error).message));

/**
 * Starts every after-send hook and returns one promise for all of them, which never
 * rejects: the caller keeps it alive past the response with a single `defer` (each
 * `after()` registration costs the send path tens of microseconds).
 */
export function runAfterSend(ctx: AfterSend): Promise<unknown> {
  return Promise.all([...afterSend.values()].map((fn) => settled(() => fn(ctx))));
}

/** After a message was deleted; never fails the delete. */
export function runAfterDelete(ctx: AfterDelete) {
  for (const fn of afterDelete.values()) defer(() => fn(ctx));
}

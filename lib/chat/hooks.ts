// Extension points of the one send path: couple questions gate sending (before); word
// counts and push notifications follow it (after); word counts also follow a delete.
// Registered at module load by the domains that need them.
import { defer } from '@/lib/defer';
import type { MessageDto, SendMessageInput } from './schemas';

/** `topic` is known before a send (the before-send hooks), not after it. */
interface RoomRef { id: string; kind: string; circleId: string | null; topic?: string | null }
export interface BeforeSend { actorId: string; room: RoomRef; input: SendMessageInput }
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

// Keyed by name: a dev server's hot reload re-runs a registering module, which then
// replaces its hook instead of adding a second one.
const before = new Map<string, (ctx: BeforeSend) => Promise<void>>();
const afterSend = new Map<string, (ctx: AfterSend) => Promise<void>>();
const afterDelete = new Map<string, (ctx: AfterDelete) => Promise<void>>();

export const onBeforeSend = (name: string, fn: (ctx: BeforeSend) => Promise<void>) => void before.set(name, fn);
export const onAfterSend = (name: string, fn: (ctx: AfterSend) => Promise<void>) => void afterSend.set(name, fn);
export const onAfterDelete = (name: string, fn: (ctx: AfterDelete) => Promise<void>) => void afterDelete.set(name, fn);

export const hasBeforeSendHooks = () => before.size > 0;

/** May throw an AppError to refuse the send (nothing is stored then). */
export async function runBeforeSend(ctx: BeforeSend) {
  for (const fn of before.values()) await fn(ctx);
}

/** Never delays or fails the send. */
export function runAfterSend(ctx: AfterSend) {
  for (const fn of afterSend.values()) defer(() => fn(ctx));
}

/** After a message was deleted; never fails the delete. */
export function runAfterDelete(ctx: AfterDelete) {
  for (const fn of afterDelete.values()) defer(() => fn(ctx));
}

// Extension points of the one send path: couple questions gate sending (before),
// word counts and push notifications follow it (after). Registered at module load
// by the domains that need them.
import { defer } from '@/lib/defer';
import type { MessageDto, SendMessageInput } from './schemas';

interface RoomRef { id: string; kind: string; circleId: string | null }
export interface BeforeSend { actorId: string; room: RoomRef; input: SendMessageInput }
export interface AfterSend {
  actorId: string;
  room: RoomRef;
  message: MessageDto;
  memberIds: string[];
  /** Members (not the sender) who have not muted the room and have a push subscription. */
  pushCandidateIds: string[];
}

const before: ((ctx: BeforeSend) => Promise<void>)[] = [];
const afterHooks: ((ctx: AfterSend) => Promise<void>)[] = [];

export function onBeforeSend(fn: (ctx: BeforeSend) => Promise<void>) {
  before.push(fn);
}
export function onAfterSend(fn: (ctx: AfterSend) => Promise<void>) {
  afterHooks.push(fn);
}

export const hasBeforeSendHooks = () => before.length > 0;

/** May throw an AppError to refuse the send (nothing is stored then). */
export async function runBeforeSend(ctx: BeforeSend) {
  for (const fn of before) await fn(ctx);
}

/** Never delays or fails the send. */
export function runAfterSend(ctx: AfterSend) {
  for (const fn of afterHooks) defer(() => fn(ctx));
}

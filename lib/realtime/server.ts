// Server side of realtime: publish after commit, authorize channel subscriptions.
import http from 'node:http';
import https from 'node:https';
import Pusher from 'pusher';
import { env } from '@/lib/env';

// Reuse connections where the realtime server allows it (hosted Pusher keeps them
// alive; Soketi closes each one). Idle sockets are dropped after 5 s, well before a
// server would close them under a request.
const agentOptions = { keepAlive: true, timeout: 5_000, maxSockets: 64 };

let client: Pusher | undefined;

export function pusher(): Pusher {
  if (client) return client;
  const e = env();
  const useTLS = e.PUSHER_HOST ? e.PUSHER_USE_TLS === 'true' : true;
  client = new Pusher({
    agent: useTLS ? new https.Agent(agentOptions) : new http.Agent(agentOptions),
    appId: e.PUSHER_APP_ID,
    key: e.PUSHER_KEY,
    secret: e.PUSHER_SECRET,
    ...(e.PUSHER_HOST
      ? { host: e.PUSHER_HOST, port: e.PUSHER_PORT ? String(e.PUSHER_PORT) : undefined, useTLS }
      : { cluster: e.PUSHER_CLUSTER ?? 'mt1', useTLS }),
  });
  return client;
}

export interface BatchEvent {
  channel: string;
  name: string;
  data: unknown;
  socketId?: string;
}

// Every HTTP request to the realtime server costs a new connection (Soketi answers
// `Connection: close`) and signing; under load most of a send's time went there. Events
// published during one turn of the event loop leave together right after it, up to
// MAX_BATCH (Pusher's batch limit) per request. Idle, that is one event per request a
// fraction of a millisecond later; under load, when many sends finish in the same turn,
// ten share a request. There is no cap on requests in flight, so a slow realtime server
// never makes events queue up here.
const MAX_BATCH = 10;
let waiting: { event: BatchEvent; done: (ok: boolean) => void }[] = [];

function sendBatch(items: typeof waiting) {
  const batch = items.map(({ event: e }) => ({ channel: e.channel, name: e.name, data: e.data, ...(e.socketId ? { socket_id: e.socketId } : {}) }));
  pusher()
    .triggerBatch(batch)
    .then(
      () => true,
      (err: Error) => {
        console.warn(`[moa] realtime publish failed for ${[...new Set(batch.map((b) => b.name))].join(', ')}:`, err.message);
        return false;
      },
    )
    .then((ok) => items.forEach((item) => item.done(ok)));
}

function flush() {
  const items = waiting;
  waiting = [];
  for (let i = 0; i < items.length; i += MAX_BATCH) sendBatch(items.slice(i, i + MAX_BATCH));
}

function enqueue(event: BatchEvent) {
  return new Promise<boolean>((done) => {
    if (waiting.length === 0) setImmediate(flush);
    waiting.push({ event, done });
  });
}

/**
 * Publish an event. Called only after the write committed; a failure is logged,
 * never thrown: data is safe in the database and clients resync on reconnect.
 */
export async function publish(channel: string | string[], event: string, data: unknown, socketId?: string) {
  if (typeof channel === 'string') return enqueue({ channel, name: event, data, socketId });
  try {
    // One event to many channels (up to 100) is already a single request.
    await pusher().trigger(channel, event, data, socketId ? { socket_id: socketId } : undefined);
    return true;
  } catch (err) {
    console.warn(`[moa] realtime publish failed for ${event}:`, (err as Error).message);
    return false;
  }
}

/** Several events, batched with whatever else is waiting. Same failure rules as publish. */
export async function publishBatch(events: BatchEvent[]) {
  const results = await Promise.all(events.map(enqueue));
  return results.every(Boolean);
}

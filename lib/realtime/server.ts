// Server side of realtime: publish after commit, authorize channel subscriptions.
import http from 'node:http';
import https from 'node:https';
import Pusher from 'pusher';
import { env } from '@/lib/env';
import { createBatcher, type BatchEvent } from './batcher';

export type { BatchEvent };

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

// Events published in the same event-loop turn share requests: see ./batcher.ts.
const enqueue = createBatcher((batch) => pusher().triggerBatch(batch));

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

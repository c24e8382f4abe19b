// Server side of realtime: publish after commit, authorize channel subscriptions.
import http from 'node:http';
import https from 'node:https';
import Pusher from 'pusher';
import { env } from '@/lib/env';

// Reuse connections to the realtime server: a new TCP (and TLS) connection per event
// was a visible share of the send path's time. Idle sockets close after 5 s, before
// Soketi's own 10 s idle limit, so a request never lands on a socket being closed.
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

/**
 * Publish an event. Called only after the write committed; a failure is logged,
 * never thrown: data is safe in the database and clients resync on reconnect.
 */
export async function publish(channel: string | string[], event: string, data: unknown, socketId?: string) {
  try {
    await pusher().trigger(channel, event, data, socketId ? { socket_id: socketId } : undefined);
    return true;
  } catch (err) {
    console.warn(`[moa] realtime publish failed for ${event}:`, (err as Error).message);
    return false;
  }
}

export interface BatchEvent {
  channel: string;
  name: string;
  data: unknown;
  socketId?: string;
}

/** Several events in one HTTP request (Pusher allows 10 per batch). Same failure rules as publish. */
export async function publishBatch(events: BatchEvent[]) {
  try {
    for (let i = 0; i < events.length; i += 10) {
      await pusher().triggerBatch(
        events.slice(i, i + 10).map((e) => ({ channel: e.channel, name: e.name, data: e.data, ...(e.socketId ? { socket_id: e.socketId } : {}) })),
      );
    }
    return true;
  } catch (err) {
    console.warn('[moa] realtime batch publish failed:', (err as Error).message);
    return false;
  }
}

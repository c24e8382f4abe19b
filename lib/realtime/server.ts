// Server side of realtime: publish after commit, authorize channel subscriptions.
import http from 'node:http';
import https from 'node:https';
import Pusher from 'pusher';
import { env } from '@/lib/env';
import { createBatcher, toWireData, type BatchEvent } from './batcher';
import { channels } from './channels';


// Reuse connections where the realtime server allows it (hosted Pusher keeps them
// alive; Soketi closes each one). Idle sockets are dropped after 5 s, well before a
// server would close them under a request.
const agentOptions = { keepAlive: true, timeout: 5_000, maxSockets: 64 };
const REQUEST_TIMEOUT_MS = 10_000;

interface Target {
  pusher: Pusher;
  /** Where the HTTP API is, exactly as the pusher library itself would call it. */
  url: URL;
  prefixPath: (path: string) => string;
  agent: http.Agent;
}

/** The parts of the library's (untyped) config the transport reuses. */
interface PusherConfig {
  getBaseURL(): string;
  prefixPath(path: string): string;
}

let target: Target | undefined;

function realtimeTarget(): Target {
  if (target) return target;
  const e = env();
  const useTLS = e.PUSHER_HOST ? e.PUSHER_USE_TLS === 'true' : true;
  const agent = useTLS ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  const client = new Pusher({
    agent,
    appId: e.PUSHER_APP_ID,
    key: e.PUSHER_KEY,
    secret: e.PUSHER_SECRET,
    ...(e.PUSHER_HOST
      ? { host: e.PUSHER_HOST, port: e.PUSHER_PORT ? String(e.PUSHER_PORT) : undefined, useTLS }
      : { cluster: e.PUSHER_CLUSTER ?? 'mt1', useTLS }),
  });
  const config = (client as unknown as { config: PusherConfig }).config;
  target = { pusher: client, url: new URL(config.getBaseURL()), prefixPath: (p) => config.prefixPath(p), agent };
  return target;
}

/** The configured Pusher client: channel authorization, the HTTP API's GET calls. */
export function pusher(): Pusher {
  return realtimeTarget().pusher;
}

/**
 * POST to the Pusher HTTP API (`/events`, `/batch_events`), signed by the pusher library
 * and sent with node:http. The library's own transport (node-fetch with an abort
 * controller per call) cost the send path more than the request itself. Rejects with
 * `status` set when the server answers 4xx/5xx.
 */
function post(path: string, body: unknown): Promise<void> {
  const t = realtimeTarget();
  const json = JSON.stringify(body);
  const fullPath = t.prefixPath(path);
  const query = t.pusher.createSignedQueryString({ method: 'POST', path: fullPath, body: json });
  const tls = t.url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (tls ? https : http).request(
      {
        hostname: t.url.hostname.replace(/^\[(.*)\]$/, '$1'), port: t.url.port || (tls ? 443 : 80),
        method: 'POST', path: `${fullPath}?${query}`, agent: t.agent, timeout: REQUEST_TIMEOUT_MS,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status < 400) return resolve();
          reject(Object.assign(new Error(`Unexpected status code ${status}: ${Buffer.concat(chunks).toString('utf8').slice(0, 200)}`), { status }));
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('realtime server timed out')));
    req.on('error', reject);
    req.end(json);
  });
}


// Events published in the same event-loop turn share requests: see ./batcher.ts.
let batcher: ReturnType<typeof createBatcher> | undefined;
const enqueue = (event: BatchEvent) => (batcher ??= createBatcher((batch) => post('/batch_events', { batch }), env().REALTIME_BATCH_MS))(event);

/**
 * Publish an event. Called only after the write committed; a failure is logged,
 * never thrown: data is safe in the database and clients resync on reconnect.
 */
export async function publish(channel: string | string[], event: string, data: unknown, socketId?: string) {
  if (typeof channel === 'string') return enqueue({ channel, name: event, data, socketId });
  try {
    // One event to many channels (up to 100) is already a single request.
    await post('/events', { name: event, data: toWireData(data), channels: channel, ...(socketId ? { socket_id: socketId } : {}) });
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

/** One event to many people's own channels (`private-user-{id}`), 100 channels per request. */
export function publishToUsers(userIds: string[], event: string, data: unknown) {
  const names = userIds.map(channels.user);
  return Promise.all(Array.from({ length: Math.ceil(names.length / 100) }, (_, i) => publish(names.slice(i * 100, i * 100 + 100), event, data)));
}

/**
 * End access at once: close every realtime connection these people have open (the
 * library's `terminateUserConnections`; Soketi 1.6 implements the same HTTP call). Call
 * it after the write that took a channel away from them committed and before publishing
 * that change or answering, so not one later event reaches them. Their clients reconnect
 * (`keepConnected`), sign in again and re-subscribe; channel auth then refuses what they
 * lost. Only signed-in connections can be found this way (`/api/realtime/user-auth`).
 * A failure is logged, never thrown: the write stands, and their access still ends when
 * they next reconnect.
 */
export async function disconnectUsers(userIds: string[]) {
  const results = await Promise.all(
    [...new Set(userIds)].map((id) =>
      post(`/users/${encodeURIComponent(id)}/terminate_connections`, {}).then(
        () => true,
        (err) => {
          console.warn('[moa] realtime disconnect failed:', (err as Error).message);
          return false;
        },
      ),
    ),
  );
  return results.every(Boolean);
}

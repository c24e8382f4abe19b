// Listen to channels as a signed-in client, the way a browser tab does: pusher-js in
// Node, signed in through our user-auth route, channel auth through our route, back
// after the server ends the connection (`keepConnected`), waiting for the events a
// screen would react to.
import { createHmac } from 'node:crypto';
import Pusher from 'pusher-js';
import { keepConnected } from '@/lib/realtime/reconnect';
import type { Client } from './client';

export interface Heard {
  channel: string;
  event: string;
  data: unknown;
  at: number;
}

export interface Listener {
  events: Heard[];
  /** Subscription refusals after the first subscribe (a lost channel on reconnect). */
  refused: string[];
  /** Completed (re)connections, the first included. */
  connections(): number;
  waitFor(event: string, timeoutMs?: number): Promise<unknown>;
  close(): void;
}

async function postForm(client: Client, path: string, fields: Record<string, string>) {
  const res = await client.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}

/**
 * A pusher-js connection in Node whose sign-in and channel auth go through our routes
 * as `client`. With `forge`, subscriptions are signed with a wrong secret instead, so
 * only Soketi itself stands between the caller and the channel.
 */
export function connectAs(client: Client, opts: { forge?: boolean } = {}) {
  const pusher = new Pusher(process.env.PUSHER_KEY!, {
    cluster: 'mt1',
    wsHost: process.env.PUSHER_HOST,
    wsPort: Number(process.env.PUSHER_PORT),
    forceTLS: false,
    enabledTransports: ['ws'],
    userAuthentication: {
      transport: 'ajax',
      endpoint: '/unused',
      customHandler: ({ socketId }, callback) => {
        postForm(client, '/api/realtime/user-auth', { socket_id: socketId }).then((r) => callback(null, r), (err) => callback(err, null));
      },
    },
    channelAuthorization: {
      transport: 'ajax',
      endpoint: '/unused',
      customHandler: ({ socketId, channelName }, callback) => {
        if (opts.forge) {
          const sig = createHmac('sha256', 'not-the-secret').update(`${socketId}:${channelName}`).digest('hex');
          return callback(null, { auth: `${process.env.PUSHER_KEY}:${sig}` });
        }
        postForm(client, '/api/realtime/auth', { socket_id: socketId, channel_name: channelName }).then((r) => callback(null, r), (err) => callback(err, null));
      },
    },
  });
  pusher.signin();
  const stop = keepConnected(pusher, { firstDelayMs: 200 });
  const disconnect = pusher.disconnect.bind(pusher);
  pusher.disconnect = () => {
    stop();
    disconnect();
  };
  return pusher;
}

export async function listen(client: Client, channel: string | string[]): Promise<Listener> {
  const pusher = connectAs(client);
  const names = typeof channel === 'string' ? [channel] : channel;
  const events: Heard[] = [];
  const refused: string[] = [];
  const waiting = new Set<() => void>();
  let connections = 0;
  pusher.connection.bind('connected', () => (connections += 1));
  await Promise.all(
    names.map((name) => {
      const ch = pusher.subscribe(name);
      ch.bind_global((event: string, data: unknown) => {
        if (event.startsWith('pusher:')) return;
        events.push({ channel: name, event, data, at: Date.now() });
        for (const wake of waiting) wake();
      });
      return new Promise<void>((resolve, reject) => {
        let first = true;
        ch.bind('pusher:subscription_succeeded', () => {
          first = false;
          resolve();
        });
        ch.bind('pusher:subscription_error', () => {
          if (!first) return void refused.push(name);
          pusher.disconnect();
          reject(new Error(`refused: ${name}`));
        });
      });
    }),
  );
  // Only a signed-in connection can be ended by the server: be one before going on.
  await pusher.user.signinDonePromise;
  return {
    events,
    refused,
    connections: () => connections,
    waitFor(event, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find((e) => e.event === event);
          if (!hit) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(hit.data);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no ${event} on ${names.join(', ')} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    close: () => pusher.disconnect(),
  };
}

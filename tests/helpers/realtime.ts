// Listen to a channel as a signed-in client (pusher-js in Node, channel auth through
// our route) and wait for the events a screen would react to.
import { createHmac } from 'node:crypto';
import Pusher from 'pusher-js';
import type { Client } from './client';

export interface Listener {
  events: { event: string; data: unknown }[];
  waitFor(event: string, timeoutMs?: number): Promise<unknown>;
  close(): void;
}

/**
 * A pusher-js connection in Node whose channel auth goes through our route as
 * `client`. With `forge`, subscriptions are signed with a wrong secret instead, so
 * only Soketi itself stands between the caller and the channel.
 */
export function connectAs(client: Client, opts: { forge?: boolean } = {}) {
  return new Pusher(process.env.PUSHER_KEY!, {
    cluster: 'mt1',
    wsHost: process.env.PUSHER_HOST,
    wsPort: Number(process.env.PUSHER_PORT),
    forceTLS: false,
    enabledTransports: ['ws'],
    channelAuthorization: {
      transport: 'ajax',
      endpoint: '/unused',
      customHandler: async ({ socketId, channelName }, callback) => {
        if (opts.forge) {
          const sig = createHmac('sha256', 'not-the-secret').update(`${socketId}:${channelName}`).digest('hex');
          return callback(null, { auth: `${process.env.PUSHER_KEY}:${sig}` });
        }
        const res = await client.fetch('/api/realtime/auth', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }),
        });
        if (res.ok) callback(null, await res.json());
        else callback(new Error(`channel auth: ${res.status}`), null);
      },
    },
  });
}

export async function listen(client: Client, channel: string): Promise<Listener> {
  const pusher = connectAs(client);
  const events: Listener['events'] = [];
  const waiting = new Set<() => void>();
  const ch = pusher.subscribe(channel);
  ch.bind_global((event: string, data: unknown) => {
    if (event.startsWith('pusher:')) return;
    events.push({ event, data });
    for (const wake of waiting) wake();
  });
  await new Promise<void>((resolve, reject) => {
    ch.bind('pusher:subscription_succeeded', () => resolve());
    ch.bind('pusher:subscription_error', () => {
      pusher.disconnect();
      reject(new Error(`refused: ${channel}`));
    });
  });
  return {
    events,
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
          reject(new Error(`no ${event} on ${channel} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    close: () => pusher.disconnect(),
  };
}

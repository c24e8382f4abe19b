'use client';

// Browser side of realtime: one pusher-js connection per tab, signed in as the session's
// user (so the server can end it the moment a membership ends), channel hooks that
// refetch what they missed whenever the connection comes back.
import Pusher, { type Channel } from 'pusher-js';
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PublicRealtimeConfig } from '@/lib/env';
import { keepConnected } from './reconnect';

const Ctx = createContext<Pusher | null>(null);

function createClient(cfg: PublicRealtimeConfig) {
  return new Pusher(cfg.key, {
    cluster: cfg.cluster,
    ...(cfg.host ? { wsHost: cfg.host, wsPort: cfg.port ?? 80, wssPort: cfg.port ?? 443 } : {}),
    forceTLS: cfg.useTLS,
    enabledTransports: ['ws', 'wss'],
    channelAuthorization: { endpoint: '/api/realtime/auth', transport: 'ajax' },
    userAuthentication: { endpoint: '/api/realtime/user-auth', transport: 'ajax' },
    // pusher-js itself retries with back-off; these keep a dead link from lingering.
    activityTimeout: 30_000,
    pongTimeout: 10_000,
  });
}

// `new Pusher()` connects at once, and React may render a component several times while
// hydrating and throw those renders away: a client made per render leaked a live
// connection each time (hundreds per page load on a busy machine). One per tab instead.
let shared: { id: string; client: Pusher } | null = null;
function sharedClient(cfg: PublicRealtimeConfig) {
  const id = JSON.stringify(cfg);
  if (shared?.id !== id) {
    shared?.client.disconnect();
    shared = { id, client: createClient(cfg) };
  }
  return shared.client;
}

export function RealtimeProvider({ config, children }: { config: PublicRealtimeConfig; children: React.ReactNode }) {
  // One connection per tab, created on the client only (never during server render).
  const [client] = useState(() => (typeof window === 'undefined' ? null : sharedClient(config)));
  useEffect(() => {
    if (!client) return;
    client.connect();
    // Signed in on every (re)connect from now on; a terminated connection comes back.
    client.signin();
    const stop = keepConnected(client);
    return () => {
      stop();
      client.disconnect();
    };
  }, [client]);
  return <Ctx.Provider value={client}>{children}</Ctx.Provider>;
}

export function useRealtime() {
  return useContext(Ctx);
}

/** 'connected' | 'connecting' | 'unavailable' | … as pusher-js reports it. */
export function useConnectionState() {
  const client = useRealtime();
  return useSyncExternalStore(
    (notify) => {
      client?.connection.bind('state_change', notify);
      return () => client?.connection.unbind('state_change', notify);
    },
    () => client?.connection.state ?? 'initialized',
    () => 'initialized',
  );
}

type Handlers = Record<string, (data: unknown) => void>;

// Several components may listen on one channel at once (the shell's chat badges and
// Home both use the user channel): count them, so one leaving neither unsubscribes
// the channel nor unbinds the others' handlers.
const listeners = new WeakMap<Pusher, Map<string, number>>();

/** Subscribe to `name` alongside any other holder; pair with releaseChannel. */
export function retainChannel(client: Pusher, name: string) {
  const counts = listeners.get(client) ?? new Map<string, number>();
  listeners.set(client, counts);
  counts.set(name, (counts.get(name) ?? 0) + 1);
  return client.subscribe(name);
}

/** Let go of `name`: unsubscribed only when nobody else holds it. */
export function releaseChannel(client: Pusher, name: string) {
  const counts = listeners.get(client);
  const left = (counts?.get(name) ?? 1) - 1;
  if (left > 0) return void counts?.set(name, left);
  counts?.delete(name);
  client.unsubscribe(name);
}

/**
 * Subscribe to a channel and bind events. `onResync` runs after every reconnect
 * (not the first connect): the caller refetches whatever it may have missed.
 */
export function useChannel(name: string | null, handlers: Handlers, onResync?: () => void) {
  const client = useRealtime();
  const latest = useRef({ handlers, onResync });
  useEffect(() => {
    latest.current = { handlers, onResync };
  });

  useEffect(() => {
    if (!client || !name) return;
    const channel: Channel = retainChannel(client, name);
    const bound = Object.keys(latest.current.handlers).map((event) => [event, (d: unknown) => latest.current.handlers[event]?.(d)] as const);
    for (const [event, fn] of bound) channel.bind(event, fn);
    // Joining a channel another component already holds: no new subscription event comes.
    let subscribedOnce = channel.subscribed;
    const onSubscribed = () => {
      if (subscribedOnce) latest.current.onResync?.();
      subscribedOnce = true;
    };
    channel.bind('pusher:subscription_succeeded', onSubscribed);
    // pusher-js re-subscribes after a reconnect, firing subscription_succeeded again;
    // a reconnect without a fresh subscription still deserves a resync.
    const onState = ({ previous, current }: { previous: string; current: string }) => {
      if (current === 'connected' && previous !== 'connected' && subscribedOnce && channel.subscribed) latest.current.onResync?.();
    };
    client.connection.bind('state_change', onState);
    return () => {
      client.connection.unbind('state_change', onState);
      for (const [event, fn] of bound) channel.unbind(event, fn);
      channel.unbind('pusher:subscription_succeeded', onSubscribed);
      releaseChannel(client, name);
    };
  }, [client, name]);
}

/** A handler for one circle's events on a user channel, which carries every circle's. */
export const forCircle =
  (circleId: string, fn: (data: unknown) => void) =>
  (data: unknown) => {
    if ((data as { circleId?: unknown } | null)?.circleId === circleId) fn(data);
  };

'use client';

// Browser side of realtime: one pusher-js connection per tab, signed in as the session's
// user (so the server can end it the moment a membership ends), channel hooks that
// refetch what they missed whenever the connection comes back.
import type Pusher from 'pusher-js';
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PublicRealtimeConfig } from '@/lib/env';
import { listen, type Handlers, type Listener } from './listen';
import { keepConnected } from './reconnect';

const Ctx = createContext<Pusher | null>(null);

function createClient(PusherClass: typeof Pusher, cfg: PublicRealtimeConfig) {
  return new PusherClass(cfg.key, {
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
function sharedClient(PusherClass: typeof Pusher, cfg: PublicRealtimeConfig) {
  const id = JSON.stringify(cfg);
  if (shared?.id !== id) {
    shared?.client.disconnect();
    shared = { id, client: createClient(PusherClass, cfg) };
  }
  return shared.client;
}

export function RealtimeProvider({ config, children }: { config: PublicRealtimeConfig; children: React.ReactNode }) {
  // One connection per tab, created on the client only. pusher-js (about 20 KiB gzipped)
  // is loaded after the page has painted and hydrated rather than with the first-load
  // JavaScript: every consumer already copes with no client yet (they subscribe when it
  // comes), and whatever was sent meanwhile is fetched by the first subscription's catch-up.
  const [client, setClient] = useState<Pusher | null>(null);
  const configId = JSON.stringify(config);
  useEffect(() => {
    let live = true;
    void import('pusher-js').then(({ default: PusherClass }) => {
      if (live) setClient(sharedClient(PusherClass, JSON.parse(configId) as PublicRealtimeConfig));
    });
    return () => {
      live = false;
    };
  }, [configId]);
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

/**
 * Subscribe to a channel and bind events while mounted (counted: see ./listen).
 * `onResync` runs once the channel is subscribed for this screen and again after every
 * reconnect: the caller refetches whatever it may have missed. A screen's handlers are
 * bound only while it is mounted, so a cached list from an earlier visit, or a change
 * between the render and the subscription, would otherwise stay on screen until the
 * next event. `onReady` runs once the channel is first subscribed.
 */
export function useChannel(name: string | null, handlers: Handlers, onResync?: () => void, onReady?: () => void) {
  const client = useRealtime();
  const latest = useRef<Listener>({ handlers, onResync, onReady });
  useEffect(() => {
    latest.current = { handlers, onResync, onReady };
  });
  useEffect(() => {
    if (!client || !name) return;
    return listen(client, name, () => {
      const { handlers: h, onResync: resync, onReady: ready } = latest.current;
      return {
        handlers: h,
        onResync: resync,
        onReady: () => {
          ready?.();
          resync?.();
        },
      };
    });
  }, [client, name]);
}

/** A handler for one circle's events on a user channel, which carries every circle's. */
export const forCircle =
  (circleId: string, fn: (data: unknown) => void) =>
  (data: unknown) => {
    if ((data as { circleId?: unknown } | null)?.circleId === circleId) fn(data);
  };

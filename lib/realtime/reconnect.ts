// A connection the server ended on purpose (the app terminated it when a membership
// ended, or it did not sign in in time) is closed with a 4000–4099 code, which pusher-js
// takes as "refused" and never retries. Moa's clients come back: after a short, jittered
// wait they connect, sign in and re-subscribe, and channel auth refuses what was lost.
// Waits double while refusals continue (a signed-out tab), back to the first on sign-in.
import type Pusher from 'pusher-js';

interface Options {
  firstDelayMs?: number;
  maxDelayMs?: number;
}

const refusalCode = (e: unknown): number | null => {
  const err = e as { data?: { code?: unknown }; error?: { data?: { code?: unknown } } } | null;
  const code = err?.data?.code ?? err?.error?.data?.code;
  return typeof code === 'number' && code >= 4000 && code < 4100 ? code : null;
};

/** Reconnect `client` whenever the server refuses or ends it; returns a stop function. */
export function keepConnected(client: Pusher, { firstDelayMs = 1000, maxDelayMs = 60_000 }: Options = {}) {
  let delay = firstDelayMs;
  let refused = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onError = (e: unknown) => {
    if (refusalCode(e) !== null) refused = true;
  };
  const onState = ({ current }: { current: string }) => {
    if (current !== 'disconnected' || !refused) return;
    refused = false;
    clearTimeout(timer);
    // Everyone a change disconnected comes back at once otherwise.
    timer = setTimeout(() => client.connect(), delay / 2 + Math.random() * (delay / 2));
    delay = Math.min(delay * 2, maxDelayMs);
  };
  const onMessage = (m: { event?: string }) => {
    if (m.event === 'pusher:signin_success') delay = firstDelayMs;
  };
  client.connection.bind('error', onError);
  client.connection.bind('state_change', onState);
  client.connection.bind('message', onMessage);
  return () => {
    clearTimeout(timer);
    client.connection.unbind('error', onError);
    client.connection.unbind('state_change', onState);
    client.connection.unbind('message', onMessage);
  };
}

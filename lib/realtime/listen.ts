// Counted channel subscriptions, without React. Several listeners may share one channel
// (the shell's chat badges and Home on the user channel; the room view, its call button,
// the couple word ranking and the incoming-call banner on a room channel): each binds
// and unbinds only its own handlers, and the channel is unsubscribed when the last one
// leaves. Nothing here may call `unbind_all()` or `unsubscribe()` on a shared channel.
import type Pusher from 'pusher-js';

/** pusher-js passes client events' metadata (the sender's `user_id` on presence channels) second. */
export type Handler = (data: unknown, meta?: { user_id?: string }) => void;
export type Handlers = Record<string, Handler>;

export interface Listener {
  handlers: Handlers;
  /** After every reconnect (not the first connect): refetch whatever may have been missed. */
  onResync?: () => void;
  /** Once, when the channel is first subscribed for this listener (at once if it already was). */
  onReady?: () => void;
}

const counts = new WeakMap<Pusher, Map<string, number>>();

function retain(client: Pusher, name: string) {
  const held = counts.get(client) ?? new Map<string, number>();
  counts.set(client, held);
  held.set(name, (held.get(name) ?? 0) + 1);
  return client.subscribe(name);
}

function release(client: Pusher, name: string) {
  const held = counts.get(client);
  const left = (held?.get(name) ?? 1) - 1;
  if (left > 0) return void held?.set(name, left);
  held?.delete(name);
  client.unsubscribe(name);
}

/**
 * Subscribe to `name` (counted) and bind the handlers `current()` names now; each call
 * goes to the handler `current()` returns then, so callers may pass fresh closures.
 * Returns the undo: unbind exactly these handlers and release the subscription.
 */
export function listen(client: Pusher, name: string, current: () => Listener): () => void {
  const channel = retain(client, name);
  const bound = Object.keys(current().handlers).map(
    (event) => [event, (d: unknown, meta?: { user_id?: string }) => current().handlers[event]?.(d, meta)] as const,
  );
  for (const [event, fn] of bound) channel.bind(event, fn);
  // Joining a channel another listener already holds: no new subscription event comes.
  let subscribedOnce = channel.subscribed;
  if (subscribedOnce) current().onReady?.();
  const onSubscribed = () => {
    if (subscribedOnce) current().onResync?.();
    else current().onReady?.();
    subscribedOnce = true;
  };
  channel.bind('pusher:subscription_succeeded', onSubscribed);
  // pusher-js re-subscribes after a reconnect, firing subscription_succeeded again;
  // a reconnect without a fresh subscription still deserves a resync.
  const onState = ({ previous, current: now }: { previous: string; current: string }) => {
    if (now === 'connected' && previous !== 'connected' && subscribedOnce && channel.subscribed) current().onResync?.();
  };
  client.connection.bind('state_change', onState);
  return () => {
    client.connection.unbind('state_change', onState);
    for (const [event, fn] of bound) channel.unbind(event, fn);
    channel.unbind('pusher:subscription_succeeded', onSubscribed);
    release(client, name);
  };
}

// Every HTTP request to the realtime server costs a new connection (Soketi answers
// `Connection: close`) and signing; under load most of a send's time went there. Events
// published during one turn of the event loop leave together right after it, up to
// MAX_BATCH (Pusher's batch limit) per request. Idle, that is one event per request a
// fraction of a millisecond later; under load, when many sends finish in the same turn,
// ten share a request. There is no cap on requests in flight, so a slow realtime server
// never makes events queue up here.

export interface BatchEvent {
  channel: string;
  name: string;
  data: unknown;
  socketId?: string;
}

/** An event as the Pusher HTTP API's /batch_events takes it: data as JSON text. */
export interface WireEvent {
  channel: string;
  name: string;
  data: string;
  socket_id?: string;
}

/** Event data as the Pusher HTTP API carries it. */
export const toWireData = (data: unknown) => (typeof data === 'string' ? data : JSON.stringify(data));

export const MAX_BATCH = 10;

type Waiting = { event: BatchEvent; done: (ok: boolean) => void };

/**
 * A publish function that batches per event-loop turn over `triggerBatch`. Its promise
 * says whether the event was accepted; it never rejects, and always settles.
 */
export function createBatcher(triggerBatch: (batch: WireEvent[]) => Promise<unknown>) {
  let waiting: Waiting[] = [];

  /** Send one batch; on failure, the HTTP status the server answered (none if unreachable). */
  async function trigger(items: Waiting[]): Promise<{ ok: boolean; status?: number }> {
    try {
      await triggerBatch(items.map(({ event: e }) => ({ channel: e.channel, name: e.name, data: toWireData(e.data), ...(e.socketId ? { socket_id: e.socketId } : {}) })));
      return { ok: true };
    } catch (err) {
      console.warn(`[moa] realtime publish failed for ${[...new Set(items.map((i) => i.event.name))].join(', ')}:`, (err as Error).message);
      return { ok: false, status: (err as { status?: number }).status };
    }
  }

  // Events from unrelated sends share a request, so if the server refuses the batch (one
  // event too large, say: a 4xx), each is tried on its own: one bad event must not take
  // the others down. An unreachable server fails them all at once, without retries.
  async function send(items: Waiting[]) {
    const { ok, status } = await trigger(items);
    if (!ok && items.length > 1 && status !== undefined && status >= 400 && status < 500) {
      await Promise.all(items.map(async (item) => item.done((await trigger([item])).ok)));
      return;
    }
    for (const item of items) item.done(ok);
  }

  function flush() {
    const items = waiting;
    waiting = [];
    for (let i = 0; i < items.length; i += MAX_BATCH) void send(items.slice(i, i + MAX_BATCH));
  }

  return function enqueue(event: BatchEvent) {
    return new Promise<boolean>((done) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ event, done });
    });
  };
}

// Every HTTP request to the realtime server costs a new connection (Soketi ends each
// response with the connection closed) and signing: measured on this machine, one event
// per request costs the publishing process 270–520 µs of CPU, ten per request 37 µs each.
// So events wait to share a request:
// - events published during one turn of the event loop leave together right after it;
// - requests leave at most one per MIN_GAP_MS, and events published meanwhile wait for
//   the next one (a full batch of MAX_BATCH, Pusher's limit, never waits).
// Idle (events further apart than MIN_GAP_MS) that is one event per request a fraction
// of a millisecond later, as before; under load, when sends arrive every millisecond or
// two, a request carries the events of several sends and each waits at most MIN_GAP_MS.
// There is no cap on requests in flight, so a slow realtime server never makes events
// queue up here: the next request leaves on time whether or not the last has answered.

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

/** The default shortest time between two requests (REALTIME_BATCH_MS), unless a full batch is waiting. */
export const MIN_GAP_MS = 4;

type Waiting = { event: BatchEvent; done: (ok: boolean) => void };

/**
 * A publish function that batches per event-loop turn over `triggerBatch`. Its promise
 * says whether the event was accepted; it never rejects, and always settles.
 */
export function createBatcher(triggerBatch: (batch: WireEvent[]) => Promise<unknown>, minGapMs = MIN_GAP_MS) {
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

  let lastSent = -Infinity; // when the last request left (performance.now())
  let timer: ReturnType<typeof setTimeout> | null = null;
  let immediate = false;

  function flush() {
    timer = null;
    immediate = false;
    lastSent = performance.now();
    const items = waiting;
    waiting = [];
    for (let i = 0; i < items.length; i += MAX_BATCH) void send(items.slice(i, i + MAX_BATCH));
  }

  function schedule() {
    if (immediate) return;
    const wait = lastSent + minGapMs - performance.now();
    // A full batch, or a quiet moment: after this turn of the event loop, as before.
    if (waiting.length >= MAX_BATCH || wait <= 0) {
      if (timer) clearTimeout(timer);
      timer = null;
      immediate = true;
      setImmediate(flush);
    } else if (!timer) {
      timer = setTimeout(flush, wait);
    }
  }

  return function enqueue(event: BatchEvent) {
    return new Promise<boolean>((done) => {
      waiting.push({ event, done });
      schedule();
    });
  };
}

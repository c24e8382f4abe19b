// Past capacity, API requests are refused at once with 503 and Retry-After instead of
// queueing without bound. One server process serves about as many sends a second as its
// one core allows; offered more, Node.js takes every request in and each waits in memory
// for its turn (hundreds of MiB, then seconds of latency for everyone). Counting the
// requests in progress in front of Next.js makes the refusal cost almost nothing (no
// routing, no session, no body read), and the clients already retry: the chat outbox
// keeps the message and sends it again, with the same client id, so it is stored once.
// Pages are never refused here (a 503 page would be worse than a slow one).
//
// A fixed number in progress is not enough alone: what one process gets through per
// second varies (a busy machine, a slow database), and 128 requests waiting on a database
// pool that serves 20 a second wait past the pool's 5 s connect timeout, so every one of
// them fails (measured: nothing got through at all). So the limit also shrinks while API
// answers are slow: above `minInFlight` in progress, a request is refused while the
// recent API response time (a moving average) is over `maxLatencyMs`.
//
// And a fixed Retry-After brings every refused sender back at once: offered 1,500 sends
// a second for ten seconds, the crowd waiting returned every second and the server spent
// its core refusing them (measured: most of 15,000 still unsent a minute later). So the
// Retry-After grows with the crowd: the refusals of the last second divided by the
// answers of the last second is roughly how many seconds it takes to serve everyone
// waiting, so that is how long each is asked to wait (at least `retryAfterSeconds`, at
// most `maxRetryAfterSeconds`); clients add their own jitter (±50%).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * A handler for scripts/lib/in-front.mjs: counts every request until its response
 * closes, and answers an /api/ request 503 while `maxInFlight` are already in progress.
 * `message` is the error message sent (the app's usual error shape, code `unavailable`).
 */
export function loadShedder({ maxInFlight, minInFlight = 16, maxLatencyMs = 1000, retryAfterSeconds = 1, maxRetryAfterSeconds = 30, message = 'unavailable', clock = () => performance.now() }) {
  let inFlight = 0;
  let latency = 0; // moving average of API response times, ms
  // Refusals and API answers, this second and the last.
  let second = 0;
  let refused = 0;
  let served = 0;
  let refusedBefore = 0;
  let servedBefore = 0;
  const tick = () => {
    const now = Math.floor(clock() / 1000);
    if (now === second) return;
    const gap = now - second;
    refusedBefore = gap === 1 ? refused : 0;
    servedBefore = gap === 1 ? served : 0;
    refused = 0;
    served = 0;
    second = now;
  };
  const bodies = new Map();
  const bodyFor = (seconds) => {
    let body = bodies.get(seconds);
    if (!body) bodies.set(seconds, (body = JSON.stringify({ error: { code: 'unavailable', message, details: { retryAfterSeconds: seconds } } })));
    return body;
  };
  /** Seconds to come back after: how long serving the crowd refused in the last second takes. */
  const wait = () => Math.min(maxRetryAfterSeconds, Math.max(retryAfterSeconds, Math.ceil(refusedBefore / Math.max(1, servedBefore))));
  const handler = (req, res, next) => {
    const api = req.url?.startsWith('/api/');
    if (api) tick();
    if (api && (inFlight >= maxInFlight || (inFlight >= minInFlight && latency > maxLatencyMs))) {
      refused++;
      const seconds = wait();
      res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': String(seconds), 'Cache-Control': 'no-store' });
      res.end(bodyFor(seconds));
      return;
    }
    inFlight++;
    const t0 = api ? performance.now() : 0;
    res.once('close', () => {
      inFlight--;
      if (!api) return;
      latency += (performance.now() - t0 - latency) * 0.05;
      tick();
      served++;
    });
    return next();
  };
  handler.inFlight = () => inFlight;
  handler.latency = () => latency;
  handler.retryAfter = () => (tick(), wait());
  return handler;
}

/**
 * The shedder `serve.mjs` installs: MOA_MAX_IN_FLIGHT requests in progress per process
 * (default 128; 0 turns shedding off), the app's Korean message for a busy server.
 */
export function loadShedderFromEnv(root, env = process.env) {
  const raw = env.MOA_MAX_IN_FLIGHT ?? '128';
  const max = Number(raw);
  if (!Number.isInteger(max) || max < 0) throw new Error(`MOA_MAX_IN_FLIGHT must be a whole number, 0 for no limit (got "${raw}").`);
  if (max === 0) return null;
  let message = 'unavailable';
  try {
    message = JSON.parse(fs.readFileSync(path.join(root, 'messages/ko.json'), 'utf8')).errors.unavailable ?? message;
  } catch { /* the code alone still tells the client what happened */ }
  return loadShedder({ maxInFlight: max, message });
}

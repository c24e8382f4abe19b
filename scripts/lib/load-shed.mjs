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
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * A handler for scripts/lib/in-front.mjs: counts every request until its response
 * closes, and answers an /api/ request 503 while `maxInFlight` are already in progress.
 * `message` is the error message sent (the app's usual error shape, code `unavailable`).
 */
export function loadShedder({ maxInFlight, minInFlight = 16, maxLatencyMs = 1000, retryAfterSeconds = 1, message = 'unavailable' }) {
  let inFlight = 0;
  let latency = 0; // moving average of API response times, ms
  const body = JSON.stringify({ error: { code: 'unavailable', message, details: { retryAfterSeconds } } });
  const handler = (req, res, next) => {
    const api = req.url?.startsWith('/api/');
    if (api && (inFlight >= maxInFlight || (inFlight >= minInFlight && latency > maxLatencyMs))) {
      res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' });
      res.end(body);
      return;
    }
    inFlight++;
    const t0 = api ? performance.now() : 0;
    res.once('close', () => {
      inFlight--;
      if (api) latency += (performance.now() - t0 - latency) * 0.05;
    });
    return next();
  };
  handler.inFlight = () => inFlight;
  handler.latency = () => latency;
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

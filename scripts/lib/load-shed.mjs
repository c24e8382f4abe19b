// Past capacity, API requests are refused at once with 503 and Retry-After instead of
// queueing without bound. One server process serves about as many sends a second as its
// one core allows; offered more, Node.js takes every request in and each waits in memory
// for its turn (hundreds of MiB, then seconds of latency for everyone). Counting the
// requests in progress in front of Next.js makes the refusal cost almost nothing (no
// routing, no session, no body read), and the clients already retry: the chat outbox
// keeps the message and sends it again, with the same client id, so it is stored once.
// Pages are never refused here (a 503 page would be worse than a slow one).
import fs from 'node:fs';
import path from 'node:path';

/**
 * A handler for scripts/lib/in-front.mjs: counts every request until its response
 * closes, and answers an /api/ request 503 while `maxInFlight` are already in progress.
 * `message` is the error message sent (the app's usual error shape, code `unavailable`).
 */
export function loadShedder({ maxInFlight, retryAfterSeconds = 1, message = 'unavailable' }) {
  let inFlight = 0;
  const body = JSON.stringify({ error: { code: 'unavailable', message, details: { retryAfterSeconds } } });
  const handler = (req, res, next) => {
    if (inFlight >= maxInFlight && req.url?.startsWith('/api/')) {
      res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' });
      res.end(body);
      return;
    }
    inFlight++;
    res.once('close', () => inFlight--);
    return next();
  };
  handler.inFlight = () => inFlight;
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

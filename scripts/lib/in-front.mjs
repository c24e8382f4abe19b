// What scripts/serve.mjs puts in front of `next start`, in the same process: compressed
// static files (./static-compression.mjs) and shedding API requests past capacity
// (./load-shed.mjs). Each is a handler `(req, res, next)` that answers or calls next().
import http from 'node:http';

/**
 * Puts `handlers` in front of the next HTTP server this process creates (the one `next
 * start` creates), so every `next start` behaviour (keep-alive, upgrades, graceful
 * shutdown) stays as it is and only what the handlers answer bypasses Next.js.
 */
export function installInFront(...handlers) {
  const original = http.createServer;
  http.createServer = function createServer(...args) {
    http.createServer = original;
    const i = args.findIndex((a) => typeof a === 'function');
    if (i >= 0) {
      const listener = args[i];
      args[i] = (req, res) => {
        const step = (k) => (k === handlers.length ? listener(req, res) : handlers[k](req, res, () => step(k + 1)));
        return step(0);
      };
    }
    return original.apply(this, args);
  };
}

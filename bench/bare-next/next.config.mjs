// The bare Next.js page `BENCH_BARE=1 npm run bench:lighthouse` measures: the floor a
// main page's Lighthouse score and first-load JS are compared with. It uses the repo's
// own next/react/react-dom (node_modules two folders up), so Turbopack's root is the repo.
import path from 'node:path';

/** @type {import('next').NextConfig} */
const config = {
  distDir: process.env.BARE_DIST_DIR || '.next',
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
};

export default config;

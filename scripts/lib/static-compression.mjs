// The build's /_next/static files, compressed once. `next start` with `compress: false`
// (chosen so small API JSON is not gzipped per response) sends its JavaScript chunks raw:
// 3–4× the bytes a phone has to download before a page works. These files are immutable
// (their names carry a content hash or the build id), so each is compressed once, at the
// end of `npm run build` into .br/.gz files beside it, or, for a build made without that
// step, in memory on its first request, and then sent as stored. Everything else (pages,
// API JSON) still goes to Next.js unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const TYPES = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=UTF-8',
  '.svg': 'image/svg+xml',
};
/** Smaller files gain too little to be worth a second copy. */
const MIN_BYTES = 1024;
export const STATIC_PREFIX = '/_next/static/';

/** 'br' or 'gzip' when the Accept-Encoding header allows it (q=0 refuses), else null; brotli first. */
export function pickEncoding(accept) {
  if (!accept) return null;
  const allowed = new Set();
  for (const part of String(accept).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && !(Number(q.slice(2)) > 0)) continue;
    allowed.add(name);
  }
  if (allowed.has('br')) return 'br';
  if (allowed.has('gzip') || allowed.has('*')) return 'gzip';
  return null;
}

/** Build time: best compression, as slow as it likes. Lazily in a server: a faster level. */
function compress(buf, encoding, best) {
  if (encoding === 'br') {
    return brotli(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: best ? 11 : 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } });
  }
  return gzip(buf, { level: 9 });
}

const compressible = (file) => Object.hasOwn(TYPES, path.extname(file));

/** After a build: write name.br and name.gz beside every compressible file under `staticDir`. Returns how many files. */
export async function precompress(staticDir) {
  let count = 0;
  for (const entry of fs.readdirSync(staticDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !compressible(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const buf = fs.readFileSync(file);
    if (buf.length < MIN_BYTES) continue;
    for (const enc of ['br', 'gzip']) fs.writeFileSync(`${file}.${enc === 'br' ? 'br' : 'gz'}`, await compress(buf, enc, true));
    count++;
  }
  return count;
}

/**
 * A request handler for `staticDir` (the build's `static` folder): answers a GET/HEAD of a
 * compressible /_next/static file with its compressed copy and returns true, or returns
 * false without touching the request (not static, not compressible, no acceptable
 * encoding, or no such file) so Next.js answers it as before.
 */
export function compressedStaticHandler(staticDir) {
  const root = path.resolve(staticDir);
  /** `${encoding} ${file}` -> the compressed bytes (null: no such file); compressed once per process. */
  const cache = new Map();
  const load = (file, encoding) => {
    const key = `${encoding} ${file}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = (async () => {
        const stored = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
        const raw = await fs.promises.readFile(file).catch(() => null);
        if (!raw || raw.length < MIN_BYTES) return null;
        return fs.promises.readFile(stored).catch(() => compress(raw, encoding, false));
      })();
      cache.set(key, hit);
      // A failed read is not remembered: the next request tries again.
      hit.catch(() => cache.delete(key));
    }
    return hit;
  };

  return function handle(req, res, next) {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(STATIC_PREFIX)) return next();
    const encoding = pickEncoding(req.headers['accept-encoding']);
    let rel;
    try {
      rel = decodeURIComponent(req.url.slice(STATIC_PREFIX.length).split('?')[0]);
    } catch {
      return next();
    }
    const file = path.resolve(root, rel);
    if (!encoding || !compressible(file) || rel.includes('\0') || !file.startsWith(root + path.sep)) return next();
    load(file, encoding).then((body) => {
      if (!body) return next();
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)],
        'Content-Encoding': encoding,
        'Content-Length': body.length,
        'Cache-Control': 'public, max-age=31536000, immutable',
        Vary: 'Accept-Encoding',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    }, () => next());
  };
}

// A stand-in for the Vercel Blob service at the HTTP level, for tests: @vercel/blob's
// own requests (PUT /api/blob/?pathname=, GET /api/blob?url= for head, POST
// /api/blob/delete, GET https://<store>.private.blob.vercel-storage.com/<path>) are
// answered from memory by an undici MockAgent, the dispatcher its fetch goes through.
// The formats follow the SDK's source (node_modules/@vercel/blob/dist).
import { MockAgent, getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';

export const FAKE_BLOB_STORE = 'teststore1';
export const FAKE_BLOB_TOKEN = `vercel_blob_rw_${FAKE_BLOB_STORE}_secret123`;

type Headers = Record<string, string | string[] | undefined> | string[] | null | undefined;
function header(h: Headers, name: string): string | undefined {
  if (!h) return undefined;
  if (Array.isArray(h)) {
    for (let i = 0; i < h.length; i += 2) if (h[i].toLowerCase() === name) return h[i + 1];
    return undefined;
  }
  for (const [k, v] of Object.entries(h)) if (k.toLowerCase() === name) return Array.isArray(v) ? v[0] : v;
  return undefined;
}

const json = (statusCode: number, data: unknown) => ({ statusCode, data: JSON.stringify(data), responseOptions: { headers: { 'content-type': 'application/json' } } });
const notFound = () => json(404, { error: { code: 'not_found', message: 'The requested blob does not exist' } });

export function startFakeBlob() {
  const objects = new Map<string, { bytes: Buffer; contentType: string; uploadedAt: string }>();
  const requests: string[] = [];
  const previous: Dispatcher = getGlobalDispatcher();
  const agent = new MockAgent();
  agent.disableNetConnect();
  const storeUrl = `https://${FAKE_BLOB_STORE}.private.blob.vercel-storage.com`;
  const meta = (pathname: string) => {
    const o = objects.get(pathname)!;
    return {
      url: `${storeUrl}/${pathname}`, downloadUrl: `${storeUrl}/${pathname}?download=1`, pathname, size: o.bytes.byteLength,
      contentType: o.contentType, contentDisposition: 'attachment', cacheControl: 'public, max-age=0', uploadedAt: o.uploadedAt, etag: '"1"',
    };
  };
  const authorized = (h: Headers) => header(h, 'authorization') === `Bearer ${FAKE_BLOB_TOKEN}`;
  const api = agent.get('https://vercel.com');

  api.intercept({ path: (p) => p.startsWith('/api/blob/?'), method: 'PUT' }).reply((req) => {
    requests.push(`PUT ${req.path}`);
    if (!authorized(req.headers as Headers)) return json(403, { error: { code: 'forbidden', message: 'forbidden' } });
    const pathname = new URLSearchParams(req.path.split('?')[1]).get('pathname')!;
    if (header(req.headers as Headers, 'x-add-random-suffix') !== '0' || header(req.headers as Headers, 'x-vercel-blob-access') !== 'private') {
      return json(400, { error: { code: 'bad_request', message: 'the adapter must ask for a private blob at exactly this pathname' } });
    }
    if (objects.has(pathname) && header(req.headers as Headers, 'x-allow-overwrite') !== '1') return json(400, { error: { code: 'bad_request', message: 'This blob already exists' } });
    const body = req.body;
    const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body as Uint8Array);
    objects.set(pathname, { bytes, contentType: header(req.headers as Headers, 'x-content-type') ?? 'application/octet-stream', uploadedAt: new Date().toISOString() });
    return json(200, meta(pathname));
  }).persist();

  api.intercept({ path: (p) => p.startsWith('/api/blob?'), method: 'GET' }).reply((req) => {
    requests.push(`HEAD ${req.path}`);
    if (!authorized(req.headers as Headers)) return json(403, { error: { code: 'forbidden', message: 'forbidden' } });
    const pathname = new URLSearchParams(req.path.split('?')[1]).get('url')!;
    return objects.has(pathname) ? json(200, meta(pathname)) : notFound();
  }).persist();

  api.intercept({ path: '/api/blob/delete', method: 'POST' }).reply((req) => {
    requests.push(`DELETE ${req.body}`);
    if (!authorized(req.headers as Headers)) return json(403, { error: { code: 'forbidden', message: 'forbidden' } });
    for (const u of (JSON.parse(String(req.body)) as { urls: string[] }).urls) objects.delete(u);
    return json(200, {});
  }).persist();

  agent.get(storeUrl).intercept({ path: () => true, method: 'GET' }).reply((req) => {
    requests.push(`GET ${req.path}`);
    if (!authorized(req.headers as Headers)) return { statusCode: 403, data: '' };
    const pathname = decodeURIComponent(req.path.split('?')[0].slice(1));
    const o = objects.get(pathname);
    if (!o) return { statusCode: 404, data: '' };
    const range = header(req.headers as Headers, 'range')?.match(/^bytes=(\d+)-(\d+)$/);
    const bytes = range ? o.bytes.subarray(Number(range[1]), Number(range[2]) + 1) : o.bytes;
    return { statusCode: range ? 206 : 200, data: bytes, responseOptions: { headers: { 'content-type': o.contentType, 'content-length': String(bytes.byteLength) } } };
  }).persist();

  setGlobalDispatcher(agent);
  return {
    objects,
    requests,
    async stop() {
      setGlobalDispatcher(previous);
      await agent.close();
    },
  };
}

// The streaming multipart reader: any split of the body into chunks reads the same file,
// limits hold without a Content-Length, and bad forms are clear 4xx errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { readFormFile, streamFormFile, type FileErrors } from './multipart';

const errors: FileErrors = { tooLarge: () => new AppError('payload_too_large', 'errors.fileTooLarge'), missing: 'validation.fileRequired', empty: 'validation.fileEmpty' };
const B = 'moa-boundary-7f3a';
const TYPE = `multipart/form-data; boundary=${B}`;

function form(parts: { name: string; filename?: string; body: Uint8Array | string }[], { close = true, preamble = '' } = {}) {
  const out: Buffer[] = [Buffer.from(preamble)];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`;
    out.push(Buffer.from(`--${B}\r\nContent-Disposition: ${disposition}\r\n${p.filename !== undefined ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`));
    out.push(Buffer.from(p.body));
    out.push(Buffer.from('\r\n'));
  }
  if (close) out.push(Buffer.from(`--${B}--\r\n`));
  return Buffer.concat(out);
}

/** A request whose body arrives in the given pieces; `pulled` counts what the reader took. */
function request(bytes: Uint8Array, cuts: number[] = [], headers: Record<string, string> = { 'content-type': TYPE }) {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    if (p > at) pieces.push(bytes.subarray(at, p));
    at = p;
  }
  const seen = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      const next = pieces.shift();
      if (!next) return c.close();
      seen.pulled += next.byteLength;
      c.enqueue(next);
    },
  }, { highWaterMark: 0 });
  return { req: new Request('http://x/upload', { method: 'POST', headers, body, duplex: 'half' } as RequestInit), seen };
}

const statusOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: AppError) => `${e.code}:${e.message}`);

describe('streamFormFile', () => {
  it('reads the same file and name however the body is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.nat(), { maxLength: 12 }), async (bytes, cuts) => {
        fc.pre(bytes.length > 0);
        // A body that looks like delimiters but is not one must survive too.
        const content = Buffer.concat([Buffer.from(`\r\n--${B.slice(0, -1)}Z`), bytes, Buffer.from(`x--${B}\r\n-`)]);
        const body = form([{ name: 'note', body: '메모' }, { name: 'file', filename: '포도 사진.bin', body: content }, { name: 'after', body: 'x' }], { preamble: 'ignored\r\n' });
        const file = await readFormFile(request(body, cuts).req, 'file', 10_000, errors);
        expect(file.name).toBe('포도 사진.bin');
        expect(Buffer.from(await file.arrayBuffer()).equals(content)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a file past the limit as it arrives, without a Content-Length, and stops reading', async () => {
    const body = form([{ name: 'file', filename: 'big.bin', body: new Uint8Array(1_000_000) }]);
    const cuts = Array.from({ length: 100 }, (_, i) => i * 10_000);
    const { req, seen } = request(body, cuts);
    const chunks: number[] = [];
    const outcome = await statusOf(streamFormFile(req, 'file', 100_000, errors, async (f) => {
      for await (const c of f.body) chunks.push(c.byteLength);
    }));
    expect(outcome).toBe('payload_too_large:errors.fileTooLarge');
    expect(chunks.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100_000);
    expect(seen.pulled).toBeLessThan(200_000);
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    const { req, seen } = request(form([{ name: 'file', filename: 'a', body: 'x' }]), [], { 'content-type': TYPE, 'content-length': String(10_000_000) });
    expect(await statusOf(readFormFile(req, 'file', 1000, errors))).toBe('payload_too_large:errors.fileTooLarge');
    expect(seen.pulled).toBe(0);
  });

  it('caps what surrounds the file: a huge other field is 413', async () => {
    const body = form([{ name: 'other', body: 'x'.repeat(200_000) }, { name: 'file', filename: 'a.txt', body: 'hi' }]);
    expect(await statusOf(readFormFile(request(body, [5000, 90_000]).req, 'file', 1_000_000, errors))).toBe('payload_too_large:errors.fileTooLarge');
  });

  it('says what is wrong: not multipart, no boundary, missing, empty, cut short, garbage', async () => {
    const ok = form([{ name: 'file', filename: 'a.txt', body: 'hi' }]);
    const cases: [Uint8Array, Record<string, string>, string][] = [
      [ok, { 'content-type': 'application/json' }, 'unsupported_media_type'],
      [ok, { 'content-type': 'multipart/form-data' }, 'unsupported_media_type'],
      [ok, { 'content-type': 'multipart/form-data; charset=utf-8' }, 'bad_request'],
      [form([{ name: 'other', filename: 'a.txt', body: 'hi' }]), { 'content-type': TYPE }, 'validation_failed:validation.fileRequired'],
      [form([{ name: 'file', body: 'a plain field, not a file' }]), { 'content-type': TYPE }, 'validation_failed:validation.fileRequired'],
      [form([{ name: 'file', filename: 'a.txt', body: '' }]), { 'content-type': TYPE }, 'validation_failed:validation.fileEmpty'],
      [form([{ name: 'file', filename: 'a.txt', body: 'hi' }], { close: false }).subarray(0, -4), { 'content-type': TYPE }, 'bad_request'],
      [Buffer.from('no delimiter anywhere'), { 'content-type': TYPE }, 'bad_request'],
      [Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="file"`), { 'content-type': TYPE }, 'bad_request'],
      [Buffer.from(`--${B}garbage`), { 'content-type': TYPE }, 'bad_request'],
    ];
    for (const [body, headers, want] of cases) {
      const got = await statusOf(readFormFile(request(body, [3, 40], headers).req, 'file', 1000, errors));
      expect(got.startsWith(want), `${want} for ${Buffer.from(body).toString('latin1').slice(0, 60)}: ${got}`).toBe(true);
    }
  });

  it('never fails with anything but a 4xx on arbitrary bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (junk, withStart) => {
        const body = withStart ? Buffer.concat([Buffer.from(`--${B}\r\n`), junk]) : Buffer.from(junk);
        const got = await readFormFile(request(body, [7]).req, 'file', 1000, errors).then(() => null, (e: unknown) => e);
        if (got !== null) expect(got).toBeInstanceOf(AppError);
      }),
      { numRuns: 300 },
    );
  });
});

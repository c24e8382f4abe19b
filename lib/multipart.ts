// Reading one file from a multipart request without trusting its declared size: the
// body is parsed as it arrives (./multipart-parser) and refused past the limit, so a
// file is never held whole unless the caller asks for it (images, for sharp). Callers
// check who may upload before calling these: not a byte is read before.
import { AppError } from '@/lib/errors';
import { boundaryOf, MultipartReader } from './multipart-parser';

// Multipart boundaries, part headers and any other fields around the file.
const ENVELOPE_BYTES = 64 * 1024;

export interface FileErrors {
  tooLarge: () => AppError;
  /** Message keys (422) for a missing field and an empty file. */
  missing: string;
  empty: string;
}

export interface StreamedFile {
  /** As the browser sent it; clean it before storing. */
  name: string;
  type: string;
  /** The file's bytes as they arrive: 413 past the limit, 422 if there are none. */
  body: AsyncIterable<Uint8Array>;
}

/**
 * Hand the file in `field` to `consume` as a stream, then check the rest of the form.
 * 415 unless multipart, 413 past `maxBytes` (a declared length over it is refused
 * unread), 400 if malformed, 422 if missing or empty. `consume` must read the body to
 * its end or throw; when anything fails the request body is cancelled, and whatever
 * `consume` stored is the caller's to remove.
 */
export async function streamFormFile<T>(req: Request, field: string, maxBytes: number, errors: FileErrors, consume: (file: StreamedFile) => Promise<T>): Promise<T> {
  const boundary = boundaryOf(req.headers.get('content-type') ?? '');
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes + ENVELOPE_BYTES) throw errors.tooLarge();
  if (!req.body) throw new AppError('validation_failed', errors.missing, { field });
  const reader = req.body.getReader();
  const form = new MultipartReader(reader, boundary, ENVELOPE_BYTES, errors.tooLarge);
  let done = false;
  try {
    for (;;) {
      const part = await form.next();
      if (!part) throw new AppError('validation_failed', errors.missing, { field });
      if (part.name !== field || part.filename === null) {
        await form.skip();
        continue;
      }
      let size = 0;
      const body = (async function* () {
        for await (const chunk of form.body()) {
          size += chunk.byteLength;
          if (size > maxBytes) throw errors.tooLarge();
          yield chunk;
        }
        if (size === 0) throw new AppError('validation_failed', errors.empty, { field });
      })();
      const result = await consume({ name: part.filename, type: part.contentType, body });
      await form.finish();
      done = true;
      return result;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => {});
  }
}

/** The whole file in `field`, held in memory (small files only: images up to a few MB). */
export async function readFormFile(req: Request, field: string, maxBytes: number, errors: FileErrors): Promise<File> {
  return streamFormFile(req, field, maxBytes, errors, async (f) => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of f.body) chunks.push(chunk);
    return new File([Buffer.concat(chunks)], f.name, { type: f.type });
  });
}

const imageErrors: FileErrors = {
  tooLarge: () => new AppError('payload_too_large', 'errors.profileImageTooLarge'),
  missing: 'validation.imageRequired',
  empty: 'validation.imageEmpty',
};

/** The bytes of the photo in `field` (profile images, mission photos). */
export async function readUploadedImage(req: Request, field: string, maxBytes: number): Promise<Uint8Array> {
  return new Uint8Array(await (await readFormFile(req, field, maxBytes, imageErrors)).arrayBuffer());
}

// Reading one file from a multipart request without trusting its declared size: the
// body is counted as it arrives (lib/http readBody) and refused past the limit, so at
// most the limit is ever held. Callers check who may upload before calling this.
import { AppError } from '@/lib/errors';
import { readBody } from '@/lib/http';

// Multipart boundaries and part headers around the file.
const ENVELOPE_BYTES = 64 * 1024;

export interface FileErrors {
  tooLarge: () => AppError;
  /** Message keys (422) for a missing field and an empty file. */
  missing: string;
  empty: string;
}

/** The file in `field`: 415 unless multipart, 413 over `maxBytes`, 400 if malformed, 422 if missing or empty. */
export async function readFormFile(req: Request, field: string, maxBytes: number, errors: FileErrors): Promise<File> {
  const contentType = req.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(contentType)) throw new AppError('unsupported_media_type', 'errors.uploadFormat');
  const body = await readBody(req, maxBytes + ENVELOPE_BYTES, errors.tooLarge);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new AppError('bad_request', 'errors.uploadMalformed');
  }
  const file = form.get(field);
  if (!(file instanceof File)) throw new AppError('validation_failed', errors.missing, { field });
  if (file.size === 0) throw new AppError('validation_failed', errors.empty, { field });
  if (file.size > maxBytes) throw errors.tooLarge();
  return file;
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

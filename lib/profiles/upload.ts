// Reading one file from a multipart request without trusting its declared size:
// the body is counted as it arrives and refused past the limit.
import { AppError } from '@/lib/errors';

// Multipart boundaries and part headers around the file.
const ENVELOPE_BYTES = 64 * 1024;

const tooLarge = () => new AppError('payload_too_large', 'errors.profileImageTooLarge');

async function readCapped(req: Request, limit: number) {
  if (Number(req.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  if (!req.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The bytes of the file in `field`; 415 unless multipart, 413 over `maxBytes`, 422 if missing or empty. */
export async function readUploadedFile(req: Request, field: string, maxBytes: number): Promise<Uint8Array> {
  const contentType = req.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(contentType)) throw new AppError('unsupported_media_type', 'errors.profileUploadFormat');
  const body = await readCapped(req, maxBytes + ENVELOPE_BYTES);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new AppError('bad_request', 'errors.profileUploadMalformed');
  }
  const file = form.get(field);
  if (!(file instanceof Blob)) throw new AppError('validation_failed', 'validation.imageRequired', { field });
  if (file.size === 0) throw new AppError('validation_failed', 'validation.imageEmpty', { field });
  if (file.size > maxBytes) throw tooLarge();
  return new Uint8Array(await file.arrayBuffer());
}

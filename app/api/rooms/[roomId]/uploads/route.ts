import { NextResponse } from 'next/server';
import { AppError } from '@/lib/errors';
import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomParams } from '@/lib/chat/schemas';
import { createUpload, maxUploadBytes } from '@/lib/chat/uploads';

// POST /api/rooms/:roomId/uploads — multipart `file`; returns an uploadId to send as a message
export const POST = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  if (Number(req.headers.get('content-length') ?? 0) > maxUploadBytes() + 64 * 1024) throw new AppError('payload_too_large', 'errors.payloadTooLarge');
  let file: FormDataEntryValue | null;
  try {
    file = (await req.formData()).get('file');
  } catch {
    throw new AppError('bad_request', 'errors.badMultipart');
  }
  if (!(file instanceof File)) throw new AppError('validation_failed', 'validation.fileRequired');
  return NextResponse.json(await createUpload(user.id, roomId, file), { status: 201 });
});

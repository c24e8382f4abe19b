import { NextResponse } from 'next/server';
import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { directUploadSchema, roomParams } from '@/lib/chat/schemas';
import { startDirectUpload } from '@/lib/chat/direct-uploads';

// POST /api/rooms/:roomId/uploads/direct — {fileName, size}: a presigned PUT (S3), or {mode:'proxy'}
export const POST = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  const result = await startDirectUpload(user.id, roomId, await readJson(req, directUploadSchema));
  return NextResponse.json(result, { status: result.mode === 'direct' ? 201 : 200 });
});

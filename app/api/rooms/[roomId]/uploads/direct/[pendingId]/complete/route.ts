import { NextResponse } from 'next/server';
import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { pendingUploadParams } from '@/lib/chat/schemas';
import { completeDirectUpload } from '@/lib/chat/direct-uploads';

// POST /api/rooms/:roomId/uploads/direct/:pendingId/complete — verify the object put with the presigned URL
export const POST = route(async (_req, params) => {
  const { roomId, pendingId } = parseParams(params, pendingUploadParams);
  const user = await requireUser();
  return NextResponse.json(await completeDirectUpload(user.id, roomId, pendingId), { status: 201 });
});

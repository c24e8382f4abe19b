import { NextResponse } from 'next/server';
import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomParams } from '@/lib/chat/schemas';
import { createUpload } from '@/lib/chat/uploads';

// POST /api/rooms/:roomId/uploads — multipart `file`; returns an uploadId to send as a message
export const POST = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  // Membership and the quota are checked before the body is read: outsiders' bytes are never
  // taken in, and a member's only up to what is left of their quota, streamed to storage.
  return NextResponse.json(await createUpload(user.id, roomId, req), { status: 201 });
});

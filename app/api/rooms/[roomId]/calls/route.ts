import { NextResponse } from 'next/server';
import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomParams } from '@/lib/chat/schemas';
import { getCurrentCall, startCall } from '@/lib/calls/service';

// GET /api/rooms/:roomId/calls — the room's ringing or active call (null if none)
export const GET = route(async (_req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  return getCurrentCall(user.id, roomId);
});

// POST /api/rooms/:roomId/calls — start a call: it rings the other members
export const POST = route(async (_req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const user = await requireUser();
  return NextResponse.json(await startCall(user.id, roomId), { status: 201 });
});

import '@/lib/notifications/register';
import '@/lib/couple/register';
import '@/lib/posts/register';
import { NextResponse } from 'next/server';
import { parseParams, readJson, route } from '@/lib/http';
import { requireClaims } from '@/lib/accounts/session';
import { historyQuerySchema, roomParams, sendMessageSchema } from '@/lib/chat/schemas';
import { listMessages, sendMessage } from '@/lib/chat/messages';

// GET /api/rooms/:roomId/messages?before=&after=&around=&date=&limit= — history (keyset by seq)
export const GET = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const q = historyQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return listMessages(await requireClaims(), roomId, q);
});

// POST /api/rooms/:roomId/messages — send (idempotent by clientId)
export const POST = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const input = await readJson(req, sendMessageSchema);
  // The session version is checked by the send statement itself (one round trip).
  const session = await requireClaims();
  const socketId = req.headers.get('x-socket-id') ?? undefined;
  const message = await sendMessage(session, roomId, input, socketId && /^\d+\.\d+$/.test(socketId) ? socketId : undefined);
  return NextResponse.json({ message }, { status: 201 });
});

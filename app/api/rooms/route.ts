import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { requireClaims, requireUser } from '@/lib/accounts/session';
import { createGroupSchema } from '@/lib/chat/schemas';
import { listRooms } from '@/lib/chat/room-list';
import { createGroup } from '@/lib/chat/groups';

// GET /api/rooms — my rooms, newest first, with unread counts and the total
// (the session is checked inside the list's one statement)
export const GET = route(async () => listRooms(await requireClaims()));

// POST /api/rooms — create a group room with friends
export const POST = route(async (req) => {
  const input = await readJson(req, createGroupSchema);
  const user = await requireUser();
  return NextResponse.json(await createGroup(user.id, user.displayName, input.name, input.memberIds), { status: 201 });
});

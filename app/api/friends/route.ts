import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { addFriendSchema, friendListQuerySchema } from '@/lib/friends/schemas';
import { addFriend, listFriends } from '@/lib/friends/service';

// GET /api/friends — my friends by name (Korean order); `?hidden=1` includes hidden ones
export const GET = route(async (req) => {
  const user = await requireUser();
  const query = friendListQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return { friends: await listFriends(user.id, { includeHidden: query.hidden === '1' }) };
});

// POST /api/friends — add a friend by login ID or user ID
export const POST = route(async (req) => {
  const user = await requireUser();
  const input = await readJson(req, addFriendSchema);
  return NextResponse.json({ friend: await addFriend(user.id, input) }, { status: 201 });
});

import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { createPostSchema, listQuerySchema } from '@/lib/posts/schemas';
import { createPost, listPosts } from '@/lib/posts/service';

// GET /api/posts?category=&status=&order=&radiusKm=&cursor= — group orders around my dong
export const GET = route(async (req) => {
  const user = await requireUser();
  return listPosts(user.id, listQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams)));
});

// POST /api/posts — post a group order in my neighbourhood (its room opens with me in it)
export const POST = route(async (req) => {
  const user = await requireUser();
  const input = await readJson(req, createPostSchema);
  return NextResponse.json({ post: await createPost(user, input) }, { status: 201 });
});

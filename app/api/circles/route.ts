import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { createFamilySchema } from '@/lib/circles/schemas';
import { createFamily, listMyCircles } from '@/lib/circles/service';

// GET /api/circles — my circles (a couple whose seven days are up is dissolved first)
export const GET = route(async () => {
  const user = await requireUser();
  return { circles: await listMyCircles(user.id) };
});

// POST /api/circles — create a family; the creator is its parent and gets a code for a child
export const POST = route(async (req) => {
  const { name } = await readJson(req, createFamilySchema);
  const user = await requireUser();
  return NextResponse.json(await createFamily(user.id, name), { status: 201 });
});

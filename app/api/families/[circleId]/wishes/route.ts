import { NextResponse } from 'next/server';
import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { addWishSchema, familyParams } from '@/lib/board/schemas';
import { addWish, listWishes } from '@/lib/board/wishes';

// GET /api/families/[circleId]/wishes — wishlists: every child's for parents, my own for a child
export const GET = route<{ circleId: string }>(async (_req, params) => {
  const { circleId } = parseParams(params, familyParams);
  const user = await requireUser();
  return listWishes(user.id, circleId);
});

// POST /api/families/[circleId]/wishes — a child adds a gift (a catalog item or typed by hand)
export const POST = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, familyParams);
  const user = await requireUser();
  const input = await readJson(req, addWishSchema);
  return NextResponse.json({ wish: await addWish(user.id, circleId, input) }, { status: 201 });
});

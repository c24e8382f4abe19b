import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { shareBodySchema, shareQuerySchema } from '@/lib/pieces/stats-schemas';
import { revokeShare, shareYear } from '@/lib/pieces/stats-share';

// POST /api/pieces/stats/share — make (or get) the public link to my year card: { year }
export const POST = route(async (req) => {
  const user = await requireUser();
  const { year } = await readJson(req, shareBodySchema);
  const { share, created } = await shareYear(user.id, year);
  return NextResponse.json({ share }, { status: created ? 201 : 200 });
});

// DELETE /api/pieces/stats/share?year=YYYY — turn the link off (the old address then answers 404)
export const DELETE = route(async (req) => {
  const user = await requireUser();
  const { year } = shareQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return revokeShare(user.id, year);
});

import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { listQuerySchema, pieceCreateSchema } from '@/lib/pieces/schemas';
import { listMonth, listPieces } from '@/lib/pieces/lists';
import { createPiece } from '@/lib/pieces/service';

// GET /api/pieces?month=YYYY-MM (the calendar) or ?kind=&cursor=&limit= (the list) — my pieces
export const GET = route(async (req) => {
  const user = await requireUser();
  const q = listQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return q.month ? listMonth(user.id, q.month, q.kind) : listPieces(user.id, q);
});

// POST /api/pieces — record a piece
export const POST = route(async (req) => {
  const user = await requireUser();
  const input = await readJson(req, pieceCreateSchema);
  return NextResponse.json({ piece: await createPiece(user.id, input) }, { status: 201 });
});

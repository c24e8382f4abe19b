import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { coupleRequestSchema } from '@/lib/circles/schemas';
import { listCoupleRequests, sendCoupleRequest } from '@/lib/circles/couple-requests';

// GET /api/couple/requests — my pending couple requests, sent and received
export const GET = route(async () => {
  const user = await requireUser();
  return listCoupleRequests(user.id);
});

// POST /api/couple/requests — ask someone, by login ID, to be my couple
export const POST = route(async (req) => {
  const { loginId } = await readJson(req, coupleRequestSchema);
  const user = await requireUser();
  return NextResponse.json({ request: await sendCoupleRequest(user.id, loginId) }, { status: 201 });
});

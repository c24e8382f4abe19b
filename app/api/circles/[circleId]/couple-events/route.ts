import { NextResponse } from 'next/server';
import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { circleParams } from '@/lib/circles/schemas';
import { eventSchema, monthQuerySchema } from '@/lib/couple/schemas';
import { createEvent, getCoupleCalendar } from '@/lib/couple/calendar-service';

// GET /api/circles/[circleId]/couple-events?month=YYYY-MM — a month of events, anniversaries and birthdays
export const GET = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  const { month } = monthQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return getCoupleCalendar(user.id, circleId, month);
});

// POST /api/circles/[circleId]/couple-events — add an event (optionally a D-Day)
export const POST = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  const input = await readJson(req, eventSchema);
  return NextResponse.json({ event: await createEvent(user.id, circleId, input) }, { status: 201 });
});

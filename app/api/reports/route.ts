import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { reportSchema } from '@/lib/reports/schemas';
import { report } from '@/lib/reports/service';

// POST /api/reports — report a message in an open room or a public piece; it is hidden for me from now on
export const POST = route(async (req) => {
  const input = await readJson(req, reportSchema);
  const user = await requireUser();
  const out = await report(user.id, input);
  return NextResponse.json({ report: out.report }, { status: out.created ? 201 : 200 });
});

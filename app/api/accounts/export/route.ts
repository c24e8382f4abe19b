import { NextResponse } from 'next/server';
import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { latestExport, startExport } from '@/lib/accounts/export/service';

// GET /api/accounts/export — my latest data export (status, and a signed link once ready)
export const GET = route(async () => {
  const user = await requireUser();
  return { export: await latestExport(user.id) };
});

// POST /api/accounts/export — build a ZIP of my data in the background (announced when ready)
export const POST = route(async () => {
  const user = await requireUser();
  return NextResponse.json({ export: await startExport(user.id) }, { status: 202 });
});

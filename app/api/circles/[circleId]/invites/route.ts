import { NextResponse } from 'next/server';
import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { circleParams, createInviteSchema } from '@/lib/circles/schemas';
import { createInvite } from '@/lib/circles/service';

// POST /api/circles/[circleId]/invites — a new code for a child or a parent (replaces that role's unused code)
export const POST = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const { role } = await readJson(req, createInviteSchema);
  const user = await requireUser();
  return NextResponse.json({ invite: await createInvite(user.id, circleId, role) }, { status: 201 });
});

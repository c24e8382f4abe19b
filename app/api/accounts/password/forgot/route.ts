import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http';
import { clientIp } from '@/lib/client-ip';
import { forgotPasswordSchema } from '@/lib/accounts/schemas';
import { requestPasswordReset } from '@/lib/accounts/reset';

// POST /api/accounts/password/forgot — mail a reset link; the same 202 whether or not the account exists
export const POST = route(async (req) => {
  const { identifier } = await readJson(req, forgotPasswordSchema);
  return NextResponse.json(await requestPasswordReset(identifier, clientIp(req)), { status: 202 });
});

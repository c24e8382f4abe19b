import { readJson, route } from '@/lib/http';
import { clientIp } from '@/lib/client-ip';
import { signUpSchema } from '@/lib/accounts/schemas';
import { signUp } from '@/lib/accounts/service';
import { NextResponse } from 'next/server';

// POST /api/accounts — sign up
export const POST = route(async (req) => {
  const input = await readJson(req, signUpSchema);
  const user = await signUp(input, clientIp(req));
  return NextResponse.json({ user }, { status: 201 });
});

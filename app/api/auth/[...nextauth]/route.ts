import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { checkAuthRequest } from '@/lib/auth/guard';

// GET/POST /api/auth/* — next-auth's own endpoints (credentials sign-in, session, sign-out);
// they carry next-auth's CSRF token, so route()'s Origin rule is not applied here.
const nextAuth = NextAuth(authOptions);
const handler = async (req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) => {
  const checked = await checkAuthRequest(req);
  return checked instanceof Response ? checked : nextAuth(checked, ctx);
};
export { handler as GET, handler as POST };

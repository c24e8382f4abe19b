import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { env } from '@/lib/env';

// Only redirects: every page and route handler checks the session again itself.
export async function proxy(req: NextRequest) {
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET });
  if (!token) {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.search = '';
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  // Pages of the signed-in app; public pages (/p/<token>: a shared piece; /y/<token>: a shared year card), APIs and static files are excluded.
  matcher: ['/((?!login|signup|reset-password|email/|terms|privacy|offline|p/|y/|api|_next|icons|stickers|catalog|sw\\.js|manifest\\.webmanifest|favicon\\.ico|robots\\.txt).*)'],
};

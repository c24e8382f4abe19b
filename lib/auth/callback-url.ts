// next-auth (v4) answers 500 "problem with the server configuration" when a callback URL
// is not an http(s) URL — in the query or in its own callback-url cookie, both of which
// the caller controls — and its default redirect callback throws on one in the body.
// Those are the caller's mistakes: a 400 (clearing a bad cookie so the browser recovers).
import { NextResponse, type NextRequest } from 'next/server';
import { toErrorResponse, AppError } from '@/lib/errors';
import { requestLocale } from '@/lib/http';

const COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

/** next-auth's own test: an absolute http(s) URL, or a path on this site. */
function isHttpUrl(url: string, base: string) {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith('/') ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** A 400 for a request next-auth would fail with a 500, else null. */
export function refuseBadCallbackUrl(req: NextRequest): Response | null {
  const base = req.nextUrl.origin;
  const param = req.nextUrl.searchParams.get('callbackUrl');
  const badCookies = COOKIES.filter((name) => {
    const value = req.cookies.get(name)?.value;
    return value !== undefined && !isHttpUrl(value, base);
  });
  if ((param === null || isHttpUrl(param, base)) && badCookies.length === 0) return null;
  const { status, body } = toErrorResponse(new AppError('bad_request', 'errors.badCallbackUrl'), requestLocale(req));
  const res = NextResponse.json(body, { status });
  for (const name of badCookies) res.cookies.set(name, '', { path: '/', maxAge: 0 });
  return res;
}

/** The redirect callback next-auth ships, minus its throw on a callbackUrl that is not a URL. */
export async function safeRedirect({ url, baseUrl }: { url: string; baseUrl: string }) {
  if (url.startsWith('/')) return `${baseUrl}${url}`;
  try {
    if (new URL(url).origin === baseUrl) return url;
  } catch {
    // not a URL: home
  }
  return baseUrl;
}

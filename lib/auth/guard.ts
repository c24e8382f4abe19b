// What next-auth (v4) would get wrong on its own routes, checked before it runs. It reads
// a POST body whole, however large, and a JSON body it cannot parse is a 500; it answers
// 500 "problem with the server configuration" when a callback URL is not an http(s) URL —
// in the query or in its own callback-url cookie, both of which the caller controls — and
// its default redirect callback throws on one in the body; and a GET of the credentials
// callback is a 500 too. All are the caller's mistakes.
import { NextRequest, NextResponse } from 'next/server';
import { toErrorResponse, AppError } from '@/lib/errors';
import { MAX_JSON_BYTES, readBody, requestLocale } from '@/lib/http';

const COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

/** next-auth's own test: an absolute http(s) URL, or a path on this site. */
function isHttpUrl(url: string, base: string) {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith('/') ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function errorResponse(req: NextRequest, err: unknown) {
  const { status, body } = toErrorResponse(err, requestLocale(req));
  return NextResponse.json(body, { status });
}

/**
 * The request to hand to next-auth (a POST's body read through the capped reader and
 * checked), or the 4xx to answer instead: 413 past 256 KB, 400 for JSON that does not
 * parse or a callback URL that is not one (a bad callback-url cookie is cleared, so the
 * browser recovers).
 */
export async function checkAuthRequest(req: NextRequest): Promise<NextRequest | Response> {
  const base = req.nextUrl.origin;
  const param = req.nextUrl.searchParams.get('callbackUrl');
  const badCookies = COOKIES.filter((name) => {
    const value = req.cookies.get(name)?.value;
    return value !== undefined && !isHttpUrl(value, base);
  });
  if ((param !== null && !isHttpUrl(param, base)) || badCookies.length) {
    const res = errorResponse(req, new AppError('bad_request', 'errors.badCallbackUrl'));
    for (const name of badCookies) res.cookies.set(name, '', { path: '/', maxAge: 0 });
    return res;
  }
  // Sign-in is credentials only, and their callback is a POST: next-auth 500s on a GET.
  if (req.method === 'GET' && req.nextUrl.pathname.split('/')[3] === 'callback') return errorResponse(req, new AppError('method_not_allowed', 'errors.methodNotAllowed'));
  if (req.method !== 'POST') return req;
  try {
    const bytes = await readBody(req, MAX_JSON_BYTES);
    // next-auth parses a body whose type mentions JSON and throws if it cannot; it expects
    // the string fields of a form (a number as callbackUrl was a 500 further on).
    if ((req.headers.get('content-type') ?? '').includes('application/json') && !isStringRecord(JSON.parse(Buffer.from(bytes).toString('utf8')))) {
      throw new AppError('bad_request', 'errors.badJson');
    }
    return new NextRequest(req.url, { method: 'POST', headers: req.headers, body: bytes });
  } catch (err) {
    return errorResponse(req, err instanceof AppError ? err : new AppError('bad_request', 'errors.badJson'));
  }
}

const isStringRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** The redirect callback next-auth ships, minus its throw on a callbackUrl that is not a URL. */
export async function safeRedirect({ url, baseUrl }: { url: unknown; baseUrl: string }) {
  if (typeof url !== 'string') return baseUrl;
  if (url.startsWith('/')) return `${baseUrl}${url}`;
  try {
    if (new URL(url).origin === baseUrl) return url;
  } catch {
    // not a URL: home
  }
  return baseUrl;
}

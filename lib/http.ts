// Route-handler plumbing: parse input with zod, map every failure to one JSON shape.
import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import { AppError, toErrorResponse } from '@/lib/errors';
import { LOCALE_COOKIE, negotiateLocale, type Locale } from '@/lib/i18n/config';

const MAX_JSON_BYTES = 256 * 1024;

export function requestLocale(req: Request): Locale {
  const cookie = req.headers.get('cookie') ?? '';
  const match = cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]+)`));
  return negotiateLocale(match?.[1], req.headers.get('x-moa-locale'));
}

type Params = Record<string, string | string[]>;
type Handler<P extends Params> = (req: NextRequest, params: P) => Promise<unknown>;

/** Wrap a handler: its return value becomes JSON (or passes through if a Response). */
export function route<P extends Params = Params>(fn: Handler<P>) {
  return async (req: NextRequest, ctx: { params: Promise<P> }) => {
    try {
      const params = ((await ctx?.params) ?? {}) as P;
      const result = await fn(req, params);
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (err) {
      const { status, body } = toErrorResponse(err, requestLocale(req));
      const headers: Record<string, string> = {};
      const retry = body.error.details?.retryAfterSeconds;
      if (status === 429 && typeof retry === 'number') headers['Retry-After'] = String(retry);
      return NextResponse.json(body, { status, headers });
    }
  };
}

/** Read and validate a JSON body; malformed JSON is a 400, wrong shape a 422. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_JSON_BYTES) throw new AppError('payload_too_large', 'errors.payloadTooLarge');
  let raw: unknown;
  try {
    const text = await req.text();
    if (text.length > MAX_JSON_BYTES) throw new AppError('payload_too_large', 'errors.payloadTooLarge');
    raw = text.length === 0 ? {} : JSON.parse(text);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('bad_request', 'errors.badJson');
  }
  return schema.parse(raw);
}

export function parseParams<S extends z.ZodType>(params: unknown, schema: S): z.infer<S> {
  const r = schema.safeParse(params);
  // An id that cannot exist is simply not found.
  if (!r.success) throw new AppError('not_found', 'errors.notFound');
  return r.data;
}

export function clientIp(req: Request): string {
  const fwd = req.headers.get('x-forwarded-for');
  return (fwd?.split(',')[0].trim() || req.headers.get('x-real-ip') || '127.0.0.1').slice(0, 64);
}

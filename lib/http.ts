// Route-handler plumbing: parse input with zod, map every failure to one JSON shape.
import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import { cookieValue } from '@/lib/cookies';
import { AppError, toErrorResponse } from '@/lib/errors';
import { LOCALE_COOKIE, negotiateLocale, type Locale } from '@/lib/i18n/config';
import { env } from '@/lib/env';
import { isSameOrigin } from '@/lib/origin';

export const MAX_JSON_BYTES = 256 * 1024;

export function requestLocale(req: Request): Locale {
  return negotiateLocale(cookieValue(req.headers.get('cookie'), LOCALE_COOKIE) ?? undefined, req.headers.get('x-moa-locale'));
}

type Params = Record<string, string | string[]>;
type Handler<P extends Params> = (req: NextRequest, params: P) => Promise<unknown>;

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Wrap a handler: its return value becomes JSON (or passes through if a Response).
 * A state-changing request a browser sent from another site is refused before the
 * handler runs (cookies would make it act as the signed-in person).
 */
export function route<P extends Params = Params>(fn: Handler<P>) {
  return async (req: NextRequest, ctx: { params: Promise<P> }) => {
    try {
      if (STATE_CHANGING.has(req.method) && !isSameOrigin(req.headers, () => env().NEXTAUTH_URL)) throw new AppError('forbidden', 'errors.crossSite');
      const params = ((await ctx?.params) ?? {}) as P;
      const result = await fn(req, params);
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (err) {
      const { status, body } = toErrorResponse(err, requestLocale(req));
      const headers: Record<string, string> = {};
      const retry = body.error.details?.retryAfterSeconds;
      if ((status === 429 || status === 503) && typeof retry === 'number') headers['Retry-After'] = String(retry);
      return NextResponse.json(body, { status, headers });
    }
  };
}

/**
 * The whole body, refused (413, `tooLarge`) past `limit` bytes. Bytes are counted as
 * they arrive, so a missing, false or chunked Content-Length changes nothing: reading
 * stops at the limit and the rest is never taken in.
 */
export async function readBody(req: Request, limit: number, tooLarge = () => new AppError('payload_too_large', 'errors.payloadTooLarge')): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  if (!req.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new AppError('bad_request', 'errors.badBody'); // the client went away mid-body
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** The media type without parameters, lower case: `application/json; charset=utf-8` → `application/json`. */
export const mediaType = (req: Request) => (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();

/** Capped UTF-8 text of the body. */
const readText = async (req: Request) => Buffer.from(await readBody(req, MAX_JSON_BYTES)).toString('utf8');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'errors.badJson');
  }
}

/**
 * Read and validate a JSON body: 415 unless it is sent as `application/json` (what a
 * cross-site form cannot send), 413 past 256 KB, 400 when malformed, 422 wrong shape.
 * An empty body is `{}`, with or without a type (there is nothing to misread).
 */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const type = mediaType(req);
  if (type !== 'application/json' && type !== '') throw new AppError('unsupported_media_type', 'errors.jsonRequired');
  const text = await readText(req);
  if (text.length === 0) return schema.parse({});
  if (type !== 'application/json') throw new AppError('unsupported_media_type', 'errors.jsonRequired');
  return schema.parse(parseJson(text));
}

/** Form-encoded or JSON fields, capped like JSON (pusher-js sends the former). */
export async function readFields(req: Request): Promise<unknown> {
  const type = mediaType(req);
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    throw new AppError('unsupported_media_type', 'errors.formRequired');
  }
  const text = await readText(req);
  return type === 'application/json' ? parseJson(text || '{}') : Object.fromEntries(new URLSearchParams(text));
}

export function parseParams<S extends z.ZodType>(params: unknown, schema: S): z.infer<S> {
  const r = schema.safeParse(params);
  // An id that cannot exist is simply not found.
  if (!r.success) throw new AppError('not_found', 'errors.notFound');
  return r.data;
}

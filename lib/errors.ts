// One error type, one JSON shape, one status table.
import { ZodError } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { maybeTranslate } from '@/lib/i18n/messages';

export const STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof STATUS;

/** An error whose message is safe to show to the person who caused it. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status() {
    return STATUS[this.code];
  }
}

/** Seconds a client waits before retrying when the database is unreachable. */
export const UNAVAILABLE_RETRY_SECONDS = 2;

const LOST_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND',
  // PostgreSQL: admin/crash shutdown, cannot connect now, connection exceptions.
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006',
  // Prisma: cannot reach, timed out, closed the connection, pool timeout.
  'P1001', 'P1002', 'P1017', 'P2024',
]);
const LOST_TEXT = /Connection terminated|ECONNREFUSED|Can't reach database|Server has closed the connection|database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|timeout exceeded when trying to connect/i;

/**
 * Did this fail because the database is down or restarting (rather than because of the
 * request)? The cause is looked for through Prisma's and the driver's wrappers and
 * AggregateError's list, since each layer wraps the one below differently.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 6) return false;
  const e = err as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
  if ((typeof e.code === 'string' && LOST_CODES.has(e.code)) || (typeof e.originalCode === 'string' && LOST_CODES.has(e.originalCode))) return true;
  if (typeof e.message === 'string' && LOST_TEXT.test(e.message)) return true;
  const inner = [e.cause, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => isDatabaseUnavailable(i, depth + 1));
}

export const notFound = () => new AppError('not_found', 'errors.notFound');
export const unauthorized = () => new AppError('unauthorized', 'errors.unauthorized');

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

type Values = Record<string, string | number>;

function primitives(details?: Record<string, unknown>): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(details ?? {})) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

/**
 * Map anything thrown to a status and body; unknown errors are logged and hidden.
 * Messages are message-file keys (`errors.*`, `validation.*`) translated here.
 */
export function toErrorResponse(err: unknown, locale: Locale = 'ko'): { status: number; body: ErrorBody } {
  const tr = (key: string, values?: Values) => maybeTranslate(locale, key, values);
  if (err instanceof AppError) {
    const message = tr(err.message, primitives(err.details)) ?? err.message;
    return { status: err.status, body: { error: { code: err.code, message, ...(err.details ? { details: err.details } : {}) } } };
  }
  if (err instanceof ZodError) {
    const fields: Record<string, string> = {};
    for (const issue of err.issues) {
      const key = issue.path.join('.') || '_';
      fields[key] ??= tr(issue.message) ?? tr('validation.invalidField', { field: key })!;
    }
    const message = Object.values(fields)[0] ?? tr('validation.invalid')!;
    return { status: 422, body: { error: { code: 'validation_failed', message, details: { fields } } } };
  }
  if (isDatabaseUnavailable(err)) {
    console.warn('[moa] database unavailable:', (err as Error).message);
    const body = { error: { code: 'unavailable' as const, message: tr('errors.unavailable')!, details: { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS } } };
    return { status: 503, body };
  }
  const prismaCode = (err as { code?: unknown } | null)?.code;
  if (prismaCode === 'P2025') return { status: 404, body: { error: { code: 'not_found', message: tr('errors.notFound')! } } };
  if (prismaCode === 'P2002') return { status: 409, body: { error: { code: 'conflict', message: tr('errors.conflict')! } } };
  console.error('[moa] unhandled error', err);
  return { status: 500, body: { error: { code: 'internal', message: tr('errors.internal')! } } };
}

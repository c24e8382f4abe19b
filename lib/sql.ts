// Helpers for the few hot paths written as single raw SQL statements.
import { randomBytes } from 'node:crypto';
import type { Tx } from '@/lib/db';

/** Anything that runs raw SQL: `db` itself or an interactive transaction. */
export type Sql = Pick<Tx, '$queryRaw'>;

/** Ids in the cuid alphabet and length, made here because raw inserts skip Prisma's defaults. */
export const newId = () => `c${randomBytes(12).toString('hex')}`;

/** Postgres error code (e.g. 23505) anywhere in a driver adapter / Prisma error chain. */
export function pgErrorCode(err: unknown, depth = 0): string | undefined {
  if (!err || typeof err !== 'object' || depth > 5) return undefined;
  const e = err as Record<string, unknown>;
  if (typeof e.originalCode === 'string') return e.originalCode;
  if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && !e.code.startsWith('P')) return e.code;
  for (const key of ['cause', 'meta', 'driverAdapterError']) {
    const found = pgErrorCode(e[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** A unique index said no (as a raw statement's error or Prisma's P2002). */
export const isUniqueViolation = (err: unknown) =>
  (err as { code?: string } | null)?.code === 'P2002' || pgErrorCode(err) === '23505';

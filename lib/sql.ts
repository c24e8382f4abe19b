// Helpers for the few hot paths written as single raw SQL statements.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { pool, type Tx } from '@/lib/db';
import { env } from '@/lib/env';

/** Anything that runs raw SQL: `db` itself or an interactive transaction. */
export type Sql = Pick<Tx, '$queryRaw'>;

/**
 * A statement of the chat hot path, run with `pg` on the pool Prisma also uses. Going
 * through Prisma's `$queryRaw` cost a send more server time than PostgreSQL spent on the
 * statement; a named statement is also parsed and planned once per connection.
 */
export interface Statement {
  /** PostgreSQL keeps the prepared statement under this name, per connection. */
  name: string;
  /** SQL with $1, $2… placeholders. */
  text: string;
}

/**
 * A statement named after its label and a hash of its text: a connection that prepared
 * an older text under the same label (a dev server's hot reload keeps the pool) simply
 * prepares the new one, instead of pg refusing a name reused for another text.
 */
export const statement = (label: string, text: string): Statement => ({
  name: `moa_${label}_${createHash('sha1').update(text).digest('hex').slice(0, 10)}`,
  text,
});

// Prisma keeps DateTime in `timestamp(3)` columns (no zone) holding UTC, and pg would
// read those as local time. Parameters go in as ISO strings (`toISOString()`) for the same reason.
const TIMESTAMP_OID = 1114;
const parseUtc = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP_OID ? parseUtc : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Run a hot statement; its rows come back as plain objects keyed by column alias. */
export async function queryRows<T>(st: Statement, values: unknown[]): Promise<T[]> {
  const named = env().DATABASE_PREPARED_STATEMENTS === 'on';
  const res = await pool().query<T & pg.QueryResultRow>({ ...(named ? { name: st.name } : {}), text: st.text, values, types });
  return res.rows;
}

// Random bytes are drawn 3 KiB at a time: inside a request Next.js wraps
// `crypto.randomBytes` with its own bookkeeping, which cost the send path more than the
// bytes themselves (profiled). The bytes are the same CSPRNG's, each used once.
let idBytes = Buffer.alloc(0);
let idOffset = 0;

/** Ids in the cuid alphabet and length, made here because raw inserts skip Prisma's defaults. */
export function newId() {
  if (idOffset + 12 > idBytes.length) {
    idBytes = randomBytes(12 * 256);
    idOffset = 0;
  }
  idOffset += 12;
  return `c${idBytes.toString('hex', idOffset - 12, idOffset)}`;
}

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

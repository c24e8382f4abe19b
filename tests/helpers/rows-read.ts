// How many rows the database sent this process while `fn` ran: every query Prisma and
// lib/sql make goes through pg's Client#query, promise or callback style. For tests that
// a read stays bounded however big the data grows (integration tests run one file at a
// time, and the app server is another process, so nothing else is counted).
import pg from 'pg';

type Query = (...args: unknown[]) => unknown;
const countOf = (res: unknown) => {
  const r = res as { rows?: unknown[] } | { rows?: unknown[] }[] | undefined;
  return Array.isArray(r) ? r.reduce((n, x) => n + (x.rows?.length ?? 0), 0) : (r?.rows?.length ?? 0);
};

export async function rowsRead<T>(fn: () => Promise<T>): Promise<{ result: T; rows: number }> {
  const proto = pg.Client.prototype as unknown as { query: Query };
  const original = proto.query;
  let rows = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, res: unknown) => {
        if (!err) rows += countOf(res);
        return (last as (e: unknown, r: unknown) => unknown)(err, res);
      };
      return original.apply(this, args);
    }
    const out = original.apply(this, args);
    if (out && typeof (out as Promise<unknown>).then === 'function') (out as Promise<unknown>).then((res) => { rows += countOf(res); }, () => {});
    return out;
  };
  try {
    const result = await fn();
    return { result, rows };
  } finally {
    proto.query = original;
  }
}

import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// One pool and one client per server process; dev hot reload would otherwise open a new
// pool per edit. Prisma and the few hot raw statements (lib/sql.ts) share the pool.
const globalForDb = globalThis as unknown as { moaPrisma?: PrismaClient; moaPool?: pg.Pool };

/** Connections per server process: 20 shared by the WEB_CONCURRENCY processes, at least 2 each. */
const poolSize = () => Math.max(2, Math.floor(20 / env().WEB_CONCURRENCY));

/** How long a request waits for a connection, new or from a busy pool. */
const CONNECT_TIMEOUT_MS = 5000;

export function pool(): pg.Pool {
  if (!globalForDb.moaPool || globalForDb.moaPool.ending) {
    // A database that is down or restarting answers a request with a quick 503 (lib/errors)
    // instead of holding it until the platform times out.
    const p = new pg.Pool({ connectionString: env().DATABASE_URL, max: poolSize(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // An idle connection the server closed (a restart, an idle timeout, a suspended
    // serverless database) must not take the process down; the pool reconnects.
    p.on('error', (err) => console.warn('[moa] idle database connection lost:', err.message));
    globalForDb.moaPool = p;
    // `$disconnect()` ended the old pool (tests, scripts): the next client gets the new one.
    globalForDb.moaPrisma = undefined;
  }
  return globalForDb.moaPool;
}

function client() {
  const p = pool();
  globalForDb.moaPrisma ??= new PrismaClient({ adapter: new PrismaPg(p, { disposeExternalPool: true }) });
  return globalForDb.moaPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_t, prop) {
    const c = client();
    const value = Reflect.get(c, prop);
    return typeof value === 'function' ? value.bind(c) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// One pool and one client per server process; dev hot reload would otherwise open a new
// pool per edit. Prisma and the few hot raw statements (lib/sql.ts) share the pool.
const globalForDb = globalThis as unknown as { moaPrisma?: PrismaClient; moaPool?: pg.Pool };

export function pool(): pg.Pool {
  // `$disconnect()` ends the pool (tests, scripts); a later query starts a new one.
  if (!globalForDb.moaPool || globalForDb.moaPool.ending) globalForDb.moaPool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 20 });
  return globalForDb.moaPool;
}

function create() {
  return new PrismaClient({ adapter: new PrismaPg(pool(), { disposeExternalPool: true }) });
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_t, prop) {
    globalForDb.moaPrisma ??= create();
    const value = Reflect.get(globalForDb.moaPrisma, prop);
    return typeof value === 'function' ? value.bind(globalForDb.moaPrisma) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

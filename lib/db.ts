import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// One client per server process; dev hot reload would otherwise open a new pool per edit.
const globalForDb = globalThis as unknown as { moaPrisma?: PrismaClient };

function create() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 20 });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_t, prop) {
    globalForDb.moaPrisma ??= create();
    const value = Reflect.get(globalForDb.moaPrisma, prop);
    return typeof value === 'function' ? value.bind(globalForDb.moaPrisma) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

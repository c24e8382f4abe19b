// Small key/value interface: @vercel/kv (Upstash) when configured, otherwise a
// PostgreSQL table with expiry so several server instances share the same state.
import { env } from '@/lib/env';
import { db } from '@/lib/db';
import { now } from '@/lib/clock';

export interface Kv {
  get<T>(key: string): Promise<T | null>;
  set(key: string, value: unknown, opts?: { ttlSeconds?: number }): Promise<void>;
  del(key: string): Promise<void>;
  /** Increment a counter; the window's expiry is set on first increment. */
  incr(key: string, ttlSeconds: number): Promise<{ count: number; resetAt: Date }>;
}

const postgresKv: Kv = {
  async get<T>(key: string) {
    const row = await db.kvEntry.findUnique({ where: { key } });
    if (!row || (row.expiresAt && row.expiresAt <= now())) return null;
    return row.value as T;
  },
  async set(key, value, opts) {
    const expiresAt = opts?.ttlSeconds ? new Date(now().getTime() + opts.ttlSeconds * 1000) : null;
    const json = JSON.parse(JSON.stringify(value ?? null));
    await db.kvEntry.upsert({ where: { key }, create: { key, value: json, expiresAt }, update: { value: json, expiresAt } });
  },
  async del(key) {
    await db.kvEntry.deleteMany({ where: { key } });
  },
  async incr(key, ttlSeconds) {
    const t = now();
    const expires = new Date(t.getTime() + ttlSeconds * 1000);
    // One statement, so concurrent increments never lose a count.
    const rows = await db.$queryRaw<{ value: number; expiresAt: Date }[]>`
      INSERT INTO "KvEntry" ("key", "value", "expiresAt") VALUES (${key}, to_jsonb(1), ${expires})
      ON CONFLICT ("key") DO UPDATE SET
        "value" = CASE WHEN "KvEntry"."expiresAt" IS NOT NULL AND "KvEntry"."expiresAt" <= ${t}
                       THEN to_jsonb(1) ELSE to_jsonb(("KvEntry"."value")::text::int + 1) END,
        "expiresAt" = CASE WHEN "KvEntry"."expiresAt" IS NOT NULL AND "KvEntry"."expiresAt" <= ${t}
                       THEN ${expires} ELSE "KvEntry"."expiresAt" END
      RETURNING ("value")::text::int AS "value", "expiresAt"`;
    return { count: rows[0].value, resetAt: rows[0].expiresAt };
  },
};

async function vercelKv(): Promise<Kv> {
  const { createClient } = await import('@vercel/kv');
  const e = env();
  const client = createClient({ url: e.KV_REST_API_URL!, token: e.KV_REST_API_TOKEN! });
  return {
    get: (key) => client.get(key),
    async set(key, value, opts) {
      if (opts?.ttlSeconds) await client.set(key, value, { ex: opts.ttlSeconds });
      else await client.set(key, value);
    },
    async del(key) {
      await client.del(key);
    },
    async incr(key, ttlSeconds) {
      const count = await client.incr(key);
      if (count === 1) await client.expire(key, ttlSeconds);
      const ttl = await client.ttl(key);
      return { count, resetAt: new Date(Date.now() + Math.max(ttl, 0) * 1000) };
    },
  };
}

let instance: Promise<Kv> | undefined;
export function kv(): Promise<Kv> {
  instance ??= env().KV_REST_API_URL && env().KV_REST_API_TOKEN ? vercelKv() : Promise.resolve(postgresKv);
  return instance;
}

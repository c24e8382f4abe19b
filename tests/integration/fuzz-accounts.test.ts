// Generated malformed input against every accounts route: never a 500, nothing written.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Client, newUser } from '../helpers/client';
import { db } from '@/lib/db';
import { signUpSchema, changePasswordSchema, deleteAccountSchema, localeSchema } from '@/lib/accounts/schemas';

afterAll(async () => {
  await db.$disconnect();
});

// Bodies that look almost right (right keys, wrong types or values) plus pure noise.
const field = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string()), fc.object(), fc.string({ unit: 'grapheme', maxLength: 120 }));
const nearMiss = fc.record(
  { loginId: field, displayName: field, password: field, currentPassword: field, newPassword: field, locale: field },
  { requiredKeys: [] },
);
const body = fc.oneof(
  nearMiss.map((o) => JSON.stringify(o)),
  fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.string(),
  fc.constantFrom('{', '[', '{"loginId":', 'null', '""', '\u0000', '{"__proto__":{"x":1}}'),
);

async function snapshot(userId: string) {
  const [count, user] = await Promise.all([db.user.count(), db.user.findUniqueOrThrow({ where: { id: userId } })]);
  return { count, hash: user.passwordHash, sv: user.sessionVersion, locale: user.locale, deleted: user.deletedAt };
}

const isMalformed = (schema: { safeParse: (v: unknown) => { success: boolean } }, raw: string) => {
  try { return !schema.safeParse(JSON.parse(raw)).success; } catch { return true; }
};

describe('accounts routes under generated malformed input', () => {
  it('never answer 500 and never write', async () => {
    const me = await newUser();
    const anon = new Client();
    const routes = [
      { client: anon, method: 'POST', path: '/api/accounts', schema: signUpSchema },
      { client: me.client, method: 'PUT', path: '/api/accounts/password', schema: changePasswordSchema },
      { client: me.client, method: 'DELETE', path: '/api/accounts/me', schema: deleteAccountSchema },
      { client: me.client, method: 'PUT', path: '/api/accounts/locale', schema: localeSchema },
    ];
    const before = await snapshot(me.id);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async (r, raw) => {
        fc.pre(isMalformed(r.schema, raw));
        const res = await r.client.fetch(r.path, { method: r.method, headers: { 'content-type': 'application/json' }, body: raw });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        const json = await res.json();
        expect(typeof json.error.message).toBe('string');
      }),
      { numRuns: 150 },
    );
    expect(await snapshot(me.id)).toEqual(before);
    expect((await me.client.json('/api/accounts/me', 'GET')).status).toBe(200);
  });

  it('the availability check and next-auth sign-in survive garbage too', async () => {
    const anon = new Client();
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (loginId, password) => {
        const a = await anon.fetch(`/api/accounts/availability?loginId=${encodeURIComponent(loginId)}`);
        expect(a.status).toBeLessThan(500);
        const s = await new Client().signIn(loginId, password);
        expect(s.status).toBeLessThan(500);
        expect(s.ok).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

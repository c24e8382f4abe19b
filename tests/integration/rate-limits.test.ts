// Rate limits that hold back strangers without locking owners out: sign-in backs off per
// (address, login ID) pair and only slows a targeted account for unknown devices; the
// anonymous availability check, friend adding, password change and account deletion
// are capped. Test clients name their address in X-Forwarded-For, which the server
// trusts here because the runner sets TRUSTED_PROXY_HOPS=1 (it is the one proxy).
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser, uniqueId } from '../helpers/client';
import { db } from '@/lib/db';

afterAll(async () => {
  await db.$disconnect();
});

const rateLimited = (error: string | null) => {
  const err = JSON.parse(error ?? '{}');
  return err.key === 'errors.rateLimited' && err.details.retryAfterSeconds > 0;
};

async function timed<T>(fn: () => Promise<T>) {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

describe('sign-in throttling', () => {
  it('backs off one (address, login ID) pair after 5 failures; the owner elsewhere signs in', async () => {
    const { loginId, password } = await newUser();
    const stranger = new Client();
    for (let i = 0; i < 5; i++) expect((await stranger.signIn(loginId, 'wrong-password')).ok).toBe(false);
    const locked = await stranger.signIn(loginId, password);
    expect(locked.ok).toBe(false);
    expect(rateLimited(locked.error)).toBe(true);
    expect((await new Client().signIn(loginId, password)).ok).toBe(true);
  });

  it('a stranger failing from many addresses cannot lock the owner out: known devices sign in at once, new ones are only slowed', async () => {
    const owner = await newUser(); // its client signed in before: a known device
    for (let i = 0; i < 11; i++) expect((await new Client().signIn(owner.loginId, 'wrong-password')).ok).toBe(false);

    const known = await timed(() => owner.client.signIn(owner.loginId, owner.password));
    expect(known.value.ok).toBe(true);
    expect(known.ms).toBeLessThan(1500);

    const fresh = await timed(() => new Client().signIn(owner.loginId, owner.password));
    expect(fresh.value.ok).toBe(true);
    expect(fresh.ms).toBeGreaterThanOrEqual(1800);
  });

  it('a forged known-device cookie counts for nothing', async () => {
    const owner = await newUser();
    for (let i = 0; i < 11; i++) await new Client().signIn(owner.loginId, 'wrong-password');
    const forger = new Client();
    forger.cookies.set('moa-device', `${Buffer.from(JSON.stringify({ d: 'x', u: [owner.id] })).toString('base64url')}.bad-signature`);
    const attempt = await timed(() => forger.signIn(owner.loginId, 'wrong-password'));
    expect(attempt.value.ok).toBe(false);
    expect(attempt.ms).toBeGreaterThanOrEqual(1800);
  });
});

describe('per-address and per-person limits', () => {
  it('limits the anonymous availability check per address, whatever the leftmost X-Forwarded-For says', async () => {
    const c = new Client();
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      c.ip = `10.0.${i}.1, 198.51.100.61`; // the client varies what it claims; the proxy's entry stays
      statuses.push((await c.json(`/api/accounts/availability?loginId=${uniqueId('av')}`, 'GET')).status);
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
    const res = await c.fetch(`/api/accounts/availability?loginId=${uniqueId('av')}`);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await new Client().json(`/api/accounts/availability?loginId=${uniqueId('av')}`, 'GET')).status).toBe(200);
  });

  it('limits adding friends per person', async () => {
    const u = await newUser();
    for (let i = 0; i < 30; i++) expect((await u.client.json('/api/friends', 'POST', { loginId: uniqueId('nf') })).status).toBe(404);
    const res = await u.client.fetch('/api/friends', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ loginId: uniqueId('nf') }) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits password changes (guessing the current password) per person', async () => {
    const u = await newUser();
    for (let i = 0; i < 5; i++) {
      expect((await u.client.json('/api/accounts/password', 'PUT', { currentPassword: `guess-${i}-xx`, newPassword: 'brand-new-pass' })).status).toBe(403);
    }
    const res = await u.client.json('/api/accounts/password', 'PUT', { currentPassword: u.password, newPassword: 'brand-new-pass' });
    expect(res.status).toBe(429);
    expect(res.data.error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect((await u.client.json('/api/accounts/me', 'GET')).status).toBe(200); // nothing changed
  });

  it('limits account deletion attempts per person', async () => {
    const u = await newUser();
    for (let i = 0; i < 5; i++) expect((await u.client.json('/api/accounts/me', 'DELETE', { password: `guess-${i}-xx` })).status).toBe(403);
    const res = await u.client.json('/api/accounts/me', 'DELETE', { password: u.password });
    expect(res.status).toBe(429);
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).deletedAt).toBeNull();
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { CONSENT, Client, newUser, uniqueId } from '../helpers/client';
import { db } from '@/lib/db';

afterAll(async () => {
  await db.$disconnect();
});

describe('sign up', () => {
  it('creates an account and refuses a duplicate login ID, case-insensitively', async () => {
    const c = new Client();
    const loginId = uniqueId('Dup');
    const first = await c.json('/api/accounts', 'POST', { loginId, displayName: '하나', password: 'password-1', ...CONSENT });
    expect(first.status).toBe(201);
    expect(first.data.user.loginId).toBe(loginId.toLowerCase());
    const again = await c.json('/api/accounts', 'POST', { loginId: loginId.toUpperCase(), displayName: '둘', password: 'password-2', ...CONSENT });
    expect(again.status).toBe(409);
    expect(again.data.error.code).toBe('conflict');
    expect(await db.user.count({ where: { loginId: loginId.toLowerCase() } })).toBe(1);
  });

  it('reports availability as the user types', async () => {
    const { loginId } = await newUser();
    const c = new Client();
    expect((await c.json(`/api/accounts/availability?loginId=${loginId}`, 'GET')).data).toEqual({ available: false, valid: true });
    expect((await c.json(`/api/accounts/availability?loginId=${uniqueId()}`, 'GET')).data).toEqual({ available: true, valid: true });
    expect((await c.json('/api/accounts/availability?loginId=a%20b', 'GET')).data).toEqual({ available: false, valid: false });
  });

  it.each([
    [{ loginId: 'ab', displayName: 'x', password: 'password-1', ...CONSENT }, 'loginId'],
    [{ loginId: 'has space', displayName: 'x', password: 'password-1', ...CONSENT }, 'loginId'],
    [{ loginId: 'x'.repeat(21), displayName: 'x', password: 'password-1', ...CONSENT }, 'loginId'],
    [{ loginId: 'okay_id1', displayName: '', password: 'password-1', ...CONSENT }, 'displayName'],
    [{ loginId: 'okay_id2', displayName: 'x', password: 'short' }, 'password'],
    [{ loginId: 'okay_id3', displayName: 'x', password: 'has a space' }, 'password'],
    [{ loginId: 'okay_id4', displayName: 'x', password: 'p'.repeat(73) }, 'password'],
  ])('refuses invalid input %j with 422 naming the field', async (body, field) => {
    const before = await db.user.count();
    const res = await new Client().json('/api/accounts', 'POST', body);
    expect(res.status).toBe(422);
    expect(res.data.error.code).toBe('validation_failed');
    expect(Object.keys(res.data.error.details.fields)).toContain(field);
    expect(await db.user.count()).toBe(before);
  });

  it('answers malformed JSON with 400 and a Korean message by default', async () => {
    const res = await new Client().json('/api/accounts', 'POST', '{"loginId":');
    expect(res.status).toBe(400);
    expect(res.data.error.message).toBe('요청 형식이 올바르지 않아요.');
  });

  it('speaks English when asked', async () => {
    const c = new Client();
    const res = await c.fetch('/api/accounts', { method: 'POST', headers: { 'x-moa-locale': 'en', 'content-type': 'application/json' }, body: '{' });
    expect((await res.json()).error.message).toBe('The request is malformed.');
  });
});

describe('log in and sessions', () => {
  it('refuses a wrong password and an unknown login ID alike', async () => {
    const { loginId } = await newUser();
    expect((await new Client().signIn(loginId, 'wrong-password')).ok).toBe(false);
    expect((await new Client().signIn(uniqueId('nobody'), 'wrong-password')).ok).toBe(false);
  });

  it('a password change signs the other device out on its next request', async () => {
    const { client: phone, loginId, password } = await newUser();
    const laptop = new Client();
    expect((await laptop.signIn(loginId, password)).ok).toBe(true);
    expect((await laptop.json('/api/accounts/me', 'GET')).status).toBe(200);

    const wrong = await phone.json('/api/accounts/password', 'PUT', { currentPassword: 'not-it-123', newPassword: 'brand-new-pass' });
    expect(wrong.status).toBe(403);
    const changed = await phone.json('/api/accounts/password', 'PUT', { currentPassword: password, newPassword: 'brand-new-pass' });
    expect(changed.status).toBe(200);

    expect((await laptop.json('/api/accounts/me', 'GET')).status).toBe(401);
    expect((await new Client().signIn(loginId, password)).ok).toBe(false);
    expect((await new Client().signIn(loginId, 'brand-new-pass')).ok).toBe(true);
  });

  it('deleting an account asks for the password, signs out and frees nothing private', async () => {
    const { client, loginId, password, id } = await newUser();
    expect((await client.json('/api/accounts/me', 'DELETE', { password: 'wrong-pass-1' })).status).toBe(403);
    expect((await client.json('/api/accounts/me', 'DELETE', { password })).status).toBe(200);
    expect((await client.json('/api/accounts/me', 'GET')).status).toBe(401);
    expect((await new Client().signIn(loginId, password)).ok).toBe(false);
    const row = await db.user.findUniqueOrThrow({ where: { id } });
    expect(row.loginId).toBeNull();
    expect(row.passwordHash).toBeNull();
    expect(row.deletedAt).not.toBeNull();
  });

  it('limits sign-ups per IP', async () => {
    const c = new Client('198.51.100.7');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await c.json('/api/accounts', 'POST', { loginId: uniqueId('rl'), displayName: 'x', password: 'password-1', ...CONSENT })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    const last = await c.json('/api/accounts', 'POST', { loginId: uniqueId('rl'), displayName: 'x', password: 'password-1', ...CONSENT });
    expect(last.status).toBe(429);
    expect(last.data.error.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('protected routes answer 401 to anonymous callers', async () => {
    const c = new Client();
    expect((await c.json('/api/accounts/me', 'GET')).status).toBe(401);
    expect((await c.json('/api/accounts/password', 'PUT', { currentPassword: 'a', newPassword: 'password-1' })).status).toBe(401);
    expect((await c.json('/api/accounts/me', 'DELETE', { password: 'x' })).status).toBe(401);
  });
});

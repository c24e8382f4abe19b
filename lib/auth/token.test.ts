import { describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { decodeSessionToken, sessionCookieName, tokenFrom } from './token';

const secret = 'unit-test-secret-0123456789abcdef';

describe('decodeSessionToken', () => {
  it('reads the claims of a token next-auth encoded', async () => {
    const token = await encode({ token: { uid: 'u1', sv: 3, sid: 's1', name: 'x' }, secret });
    expect(await decodeSessionToken(token, secret)).toEqual({ uid: 'u1', sv: 3, sid: 's1' });
  });

  it('refuses a token made with another secret, a tampered one, an expired one and junk', async () => {
    const token = await encode({ token: { uid: 'u1', sv: 1, sid: 's1' }, secret });
    expect(await decodeSessionToken(token, `${secret}-other`)).toBeNull();
    const parts = token.split('.');
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith('AA') ? 'BB' : 'AA');
    expect(await decodeSessionToken(parts.join('.'), secret)).toBeNull();
    const expired = await encode({ token: { uid: 'u1', sv: 1, sid: 's1' }, secret, maxAge: -60 });
    expect(await decodeSessionToken(expired, secret)).toBeNull();
    expect(await decodeSessionToken('not-a-token', secret)).toBeNull();
  });

  it('refuses a token without a user id, session version or device session', async () => {
    expect(await decodeSessionToken(await encode({ token: { uid: 'u1', sid: 's1' }, secret }), secret)).toBeNull();
    expect(await decodeSessionToken(await encode({ token: { sv: 1, sid: 's1' }, secret }), secret)).toBeNull();
    expect(await decodeSessionToken(await encode({ token: { uid: 'u1', sv: 1 }, secret }), secret)).toBeNull();
  });
});

describe('the session cookie', () => {
  it('is the __Secure- one exactly when next-auth would use it', () => {
    expect(sessionCookieName({ NEXTAUTH_URL: 'https://moa.example' })).toBe('__Secure-next-auth.session-token');
    expect(sessionCookieName({ NEXTAUTH_URL: 'http://localhost:3000' })).toBe('next-auth.session-token');
    expect(sessionCookieName({ VERCEL: '1' })).toBe('__Secure-next-auth.session-token');
    expect(sessionCookieName({})).toBe('next-auth.session-token');
  });

  it('is read only under that name, with chunks joined in order', () => {
    const name = '__Secure-next-auth.session-token';
    expect(tokenFrom([{ name: 'next-auth.session-token', value: 'planted' }], name)).toBeNull();
    expect(tokenFrom([{ name, value: 'whole' }, { name: 'other', value: 'x' }], name)).toBe('whole');
    expect(tokenFrom([{ name: `${name}.1`, value: 'B' }, { name: `${name}.0`, value: 'A' }, { name: `${name}.x`, value: 'no' }], name)).toBe('AB');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { cookiesFrom } from '@/lib/cookies';
import { decodeSessionToken, sessionCookieName, tokenFrom } from './token';

const decrypts = vi.hoisted(() => ({ n: 0 }));
vi.mock('jose', async (actual) => {
  const jose = await actual<typeof import('jose')>();
  return { ...jose, jwtDecrypt: (...args: Parameters<typeof jose.jwtDecrypt>) => (decrypts.n++, jose.jwtDecrypt(...args)) };
});

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

  describe('a token decrypted before', () => {
    afterEach(() => vi.useRealTimers());

    it('is read again without decrypting it, and refused once it has expired', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const token = await encode({ token: { uid: 'u2', sv: 1, sid: 's2' }, secret, maxAge: 60 });
      const before = decrypts.n;
      expect(await decodeSessionToken(token, secret)).toEqual({ uid: 'u2', sv: 1, sid: 's2' });
      expect(decrypts.n).toBe(before + 1);
      // A changed answer is the caller's copy; the kept claims stay as they were.
      const first = await decodeSessionToken(token, secret);
      first!.uid = 'someone-else';
      expect(await decodeSessionToken(token, secret)).toEqual({ uid: 'u2', sv: 1, sid: 's2' });
      vi.setSystemTime(Date.now() + 70_000); // within jose's 15 s tolerance
      expect(await decodeSessionToken(token, secret)).toEqual({ uid: 'u2', sv: 1, sid: 's2' });
      expect(decrypts.n).toBe(before + 1);
      vi.setSystemTime(Date.now() + 10_000);
      expect(await decodeSessionToken(token, secret)).toBeNull();
    });

    it('is not taken under another secret', async () => {
      const token = await encode({ token: { uid: 'u3', sv: 1, sid: 's3' }, secret });
      expect(await decodeSessionToken(token, secret)).not.toBeNull();
      expect(await decodeSessionToken(token, `${secret}-rotated`)).toBeNull();
      expect(await decodeSessionToken(token, secret)).toEqual({ uid: 'u3', sv: 1, sid: 's3' });
    });
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

  it('is read from the Cookie header as Next.js reads it', () => {
    expect(cookiesFrom('a=1; next-auth.session-token=abc.def; b=x%20y;junk; =v; c=%E0; a=2')).toEqual([
      { name: 'a', value: '2' }, { name: 'next-auth.session-token', value: 'abc.def' }, { name: 'b', value: 'x y' },
    ]);
    expect(cookiesFrom(null)).toEqual([]);
    expect(tokenFrom(cookiesFrom('next-auth.session-token.1=B; next-auth.session-token.0=A'), 'next-auth.session-token')).toBe('AB');
  });
});

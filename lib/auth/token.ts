// Reading the session cookie next-auth wrote, without next-auth's per-request work.
// next-auth (v4, JWT strategy) encrypts the session as a JWE ("dir", A256GCM) with a
// key derived from NEXTAUTH_SECRET by HKDF; deriving it is the costly part and the
// result never changes, so it is derived once per process. `getServerSession` would
// also rebuild its whole request pipeline for every call: on the send path that was
// a large share of the server time per message.
import { hkdfSync } from 'node:crypto';
import { cookies } from 'next/headers';
import { jwtDecrypt } from 'jose';
import { env } from '@/lib/env';

export interface SessionClaims {
  uid: string;
  sv: number;
  /** The device session's row (`Session.id`). */
  sid: string;
}

const COOKIE = 'next-auth.session-token';
const SECURE_COOKIE = `__Secure-${COOKIE}`;

let cached: { secret: string; key: Uint8Array } | undefined;
function encryptionKey(secret: string) {
  if (cached?.secret !== secret) {
    const key = new Uint8Array(hkdfSync('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32));
    cached = { secret, key };
  }
  return cached.key;
}

/**
 * The session cookie's name, decided exactly as next-auth's `getToken` does: only the
 * `__Secure-` one on https (or Vercel), only the plain one otherwise. Accepting both would
 * honour a plain cookie planted over http that next-auth itself ignores.
 */
export function sessionCookieName(e: { NEXTAUTH_URL?: string; VERCEL?: string } = env()) {
  const secure = e.NEXTAUTH_URL ? e.NEXTAUTH_URL.startsWith('https://') : !!e.VERCEL;
  return secure ? SECURE_COOKIE : COOKIE;
}

/** The raw cookie value; next-auth splits values over 4 KB into `.0`, `.1`, … chunks and joins them all. */
export function tokenFrom(all: { name: string; value: string }[], name: string) {
  const parts = all
    .filter((c) => c.name === name || (c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1))))
    .sort((a, b) => (a.name === name ? -1 : b.name === name ? 1 : Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1))));
  return parts.length ? parts.map((c) => c.value).join('') : null;
}

/** Decrypt and check a session token; null when missing, tampered with or expired. */
export async function decodeSessionToken(token: string, secret = env().NEXTAUTH_SECRET): Promise<SessionClaims | null> {
  try {
    // Same tolerance next-auth itself uses.
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
    // A token from before device sessions has no `sid`: it is refused (sign in again).
    if (typeof payload.uid !== 'string' || typeof payload.sv !== 'number' || typeof payload.sid !== 'string') return null;
    return { uid: payload.uid, sv: payload.sv, sid: payload.sid };
  } catch {
    return null;
  }
}

/** The claims of this request's session cookie (not yet checked against the database). */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const token = tokenFrom((await cookies()).getAll(), sessionCookieName());
  return token ? decodeSessionToken(token) : null;
}

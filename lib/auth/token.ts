// Reading the session cookie next-auth wrote, without next-auth's per-request work.
// next-auth (v4, JWT strategy) encrypts the session as a JWE ("dir", A256GCM) with a
// key derived from NEXTAUTH_SECRET by HKDF; deriving it is the costly part and the
// result never changes, so it is derived once per process. `getServerSession` would
// also rebuild its whole request pipeline for every call: on the send path that was
// a large share of the server time per message.
import { hkdfSync } from 'node:crypto';
import { headers } from 'next/headers';
import { jwtDecrypt } from 'jose';
import { cookiesFrom } from '@/lib/cookies';
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

// Tokens already decrypted, by their text: a signed-in phone sends the same cookie with
// every request, and decrypting it (AES-GCM and the JWT's checks) was a visible share of a
// message send's server time (docs/decisions.md, session 13). Kept until the token
// expires, for one secret, at most TOKENS_KEPT (the oldest go first). Only valid tokens
// are kept; whether the session is still live is checked against the database by every
// caller, as before.
const TOKENS_KEPT = 2000;
// Same tolerance next-auth itself uses.
const CLOCK_TOLERANCE_S = 15;
const decoded = new Map<string, { claims: SessionClaims; until: number }>();
let decodedFor: string | undefined;

function remembered(token: string, secret: string) {
  if (decodedFor !== secret) {
    decoded.clear();
    decodedFor = secret;
  }
  const hit = decoded.get(token);
  if (!hit) return null;
  if (Date.now() < hit.until) return hit.claims;
  decoded.delete(token);
  return null;
}

function remember(token: string, claims: SessionClaims, exp: unknown) {
  // Valid until exp and jose's tolerance, as a fresh decryption would be.
  if (typeof exp !== 'number') return;
  if (decoded.size >= TOKENS_KEPT) decoded.delete(decoded.keys().next().value!);
  decoded.set(token, { claims, until: (exp + CLOCK_TOLERANCE_S) * 1000 });
}

/** Decrypt and check a session token; null when missing, tampered with or expired. */
export async function decodeSessionToken(token: string, secret = env().NEXTAUTH_SECRET): Promise<SessionClaims | null> {
  const known = remembered(token, secret);
  if (known) return { ...known };
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: CLOCK_TOLERANCE_S });
    // A token from before device sessions has no `sid`: it is refused (sign in again).
    if (typeof payload.uid !== 'string' || typeof payload.sv !== 'number' || typeof payload.sid !== 'string') return null;
    const claims = { uid: payload.uid, sv: payload.sv, sid: payload.sid };
    // A token not yet valid (nbf) is not kept: it may only be taken from then on.
    if (payload.nbf === undefined) remember(token, claims, payload.exp);
    return { ...claims };
  } catch {
    return null;
  }
}

/**
 * The claims of this request's session cookie (not yet checked against the database).
 * Read from the request's Cookie header: `cookies()` builds Next.js's mutable cookie
 * store on every call, which a route handler paid on every request (session 13).
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const token = tokenFrom(cookiesFrom((await headers()).get('cookie')), sessionCookieName());
  return token ? decodeSessionToken(token) : null;
}

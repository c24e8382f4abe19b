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

/** The raw cookie value; next-auth splits values over 4 KB into `.0`, `.1`, … chunks. */
function tokenFrom(all: { name: string; value: string }[]) {
  for (const name of [SECURE_COOKIE, COOKIE]) {
    const whole = all.find((c) => c.name === name);
    if (whole) return whole.value;
    const chunks = all
      .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length) return chunks.map((c) => c.value).join('');
  }
  return null;
}

/** Decrypt and check a session token; null when missing, tampered with or expired. */
export async function decodeSessionToken(token: string, secret = env().NEXTAUTH_SECRET): Promise<SessionClaims | null> {
  try {
    // Same tolerance next-auth itself uses.
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
    if (typeof payload.uid !== 'string' || typeof payload.sv !== 'number') return null;
    return { uid: payload.uid, sv: payload.sv };
  } catch {
    return null;
  }
}

/** The claims of this request's session cookie (not yet checked against the database). */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const token = tokenFrom((await cookies()).getAll());
  return token ? decodeSessionToken(token) : null;
}

// "Known device" cookie: set at a successful sign-in, it names (signed, not secret) the
// accounts that signed in on this browser. A stranger failing someone's password slows
// that account down for unknown devices only; a browser that signed in before keeps its
// own bucket and is never held back by the stranger (lib/accounts/login-throttle.ts).
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

export const KNOWN_DEVICE_COOKIE = 'moa-device';
export const KNOWN_DEVICE_MAX_AGE = 365 * 24 * 3600;
const MAX_ACCOUNTS = 8;

export interface KnownDevice {
  /** Random per browser: the device's own throttle bucket. */
  id: string;
  userIds: string[];
}

let cached: { secret: string; key: Buffer } | undefined;
function key(secret: string) {
  if (cached?.secret !== secret) cached = { secret, key: Buffer.from(hkdfSync('sha256', secret, '', 'Moa known device', 32)) };
  return cached.key;
}

const sign = (payload: string, secret: string) => createHmac('sha256', key(secret)).update(payload).digest('base64url');

export function encodeKnownDevice(d: KnownDevice, secret = env().NEXTAUTH_SECRET) {
  const payload = Buffer.from(JSON.stringify({ d: d.id, u: d.userIds })).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The cookie's content when its signature holds, else null. */
export function decodeKnownDevice(value: string | null | undefined, secret = env().NEXTAUTH_SECRET): KnownDevice | null {
  if (!value || value.length > 2048) return null;
  const [payload, mac, extra] = value.split('.');
  if (!payload || !mac || extra !== undefined) return null;
  const want = Buffer.from(sign(payload, secret));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  try {
    const o = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { d?: unknown; u?: unknown };
    if (typeof o.d !== 'string' || !Array.isArray(o.u) || !o.u.every((x) => typeof x === 'string')) return null;
    return { id: o.d, userIds: o.u as string[] };
  } catch {
    return null;
  }
}

/** The cookie after `userId` signed in on this browser (newest first, a few accounts at most). */
export function rememberAccount(prev: KnownDevice | null, userId: string): KnownDevice {
  const id = prev?.id ?? randomBytes(16).toString('base64url');
  return { id, userIds: [userId, ...(prev?.userIds ?? []).filter((u) => u !== userId)].slice(0, MAX_ACCOUNTS) };
}

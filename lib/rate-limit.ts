import { AppError } from '@/lib/errors';
import { kv } from '@/lib/kv';
import { now } from '@/lib/clock';

export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

export const LIMITS = {
  /** Sign-in attempts from one address (any login ID), except a known device's own account. */
  loginPerIp: { name: 'login-ip', max: 30, windowSeconds: 15 * 60 },
  /** Failures of one (address, login ID) pair, or (known device, login ID): then 429. */
  loginPerPair: { name: 'login-pair', max: 5, windowSeconds: 15 * 60 },
  /** Failures of one login ID from anywhere: past this, unknown devices are slowed, never refused. */
  loginPerAccount: { name: 'login-account', max: 10, windowSeconds: 15 * 60 },
  signupPerIp: { name: 'signup-ip', max: 10, windowSeconds: 60 * 60 },
  /** The anonymous "is this login ID free" check, which would otherwise enumerate IDs. */
  availabilityPerIp: { name: 'availability-ip', max: 60, windowSeconds: 10 * 60 },
  /** Each asks for the current password: a stolen session must not guess it quickly. */
  passwordChangePerUser: { name: 'password-change', max: 5, windowSeconds: 15 * 60 },
  accountDeletePerUser: { name: 'account-delete', max: 5, windowSeconds: 15 * 60 },
  /** Reports hide things from the reporter, so their number also bounds what every read must leave out. */
  reportsPerUser: { name: 'reports', max: 60, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

function key(limit: Limit, subject: string) {
  return `rl:${limit.name}:${subject.toLowerCase()}`;
}

function lockedError(resetAt: Date) {
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - now().getTime()) / 1000));
  return new AppError('rate_limited', 'errors.rateLimited', {
    retryAfterSeconds,
    minutes: Math.ceil(retryAfterSeconds / 60),
  });
}

/** Count one attempt; throw `rate_limited` (with when to retry) once over the limit. */
export async function hit(limit: Limit, subject: string) {
  const { count, resetAt } = await (await kv()).incr(key(limit, subject), limit.windowSeconds);
  if (count > limit.max) throw lockedError(resetAt);
}

/** Throw if the subject is already over the limit, without counting. */
export async function check(limit: Limit, subject: string) {
  const k = key(limit, subject);
  const store = await kv();
  const current = await store.get<number>(k);
  if (current !== null && Number(current) >= limit.max) {
    const { resetAt } = await store.incr(k, limit.windowSeconds);
    throw lockedError(resetAt);
  }
}

/** Whether the subject has reached the limit (nothing counted). */
export async function reached(limit: Limit, subject: string) {
  const current = await (await kv()).get<number>(key(limit, subject));
  return current !== null && Number(current) >= limit.max;
}

export async function reset(limit: Limit, subject: string) {
  await (await kv()).del(key(limit, subject));
}

import { AppError } from '@/lib/errors';
import { kv } from '@/lib/kv';
import { now } from '@/lib/clock';

export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

export const LIMITS = {
  loginPerIp: { name: 'login-ip', max: 30, windowSeconds: 15 * 60 },
  loginPerId: { name: 'login-id', max: 5, windowSeconds: 15 * 60 },
  signupPerIp: { name: 'signup-ip', max: 10, windowSeconds: 60 * 60 },
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

export async function reset(limit: Limit, subject: string) {
  await (await kv()).del(key(limit, subject));
}

import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { notFound } from '@/lib/errors';

/** Vercel Cron (and the local runner in scripts/lib/stack.mjs) send `Bearer CRON_SECRET`. */
export function requireCron(req: Request) {
  const secret = env().CRON_SECRET;
  const given = req.headers.get('authorization') ?? '';
  const expected = `Bearer ${secret}`;
  if (!secret || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    throw notFound();
  }
}

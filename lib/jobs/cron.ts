import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { notFound } from '@/lib/errors';

// Digests are always 32 bytes, so the comparison never sees two lengths (timingSafeEqual
// throws on those: a non-ASCII header of the right character count was a 500) and the
// time it takes says nothing about the secret's length.
const digest = (s: string) => createHash('sha256').update(s).digest();

/** Vercel Cron (and the local runner in scripts/lib/stack.mjs) send `Bearer CRON_SECRET`. */
export function requireCron(req: Request) {
  const secret = env().CRON_SECRET;
  const given = req.headers.get('authorization') ?? '';
  if (!secret || !timingSafeEqual(digest(given), digest(`Bearer ${secret}`))) throw notFound();
}

// Single-use links sent by mail. The link carries 32 random bytes; only their SHA-256 is
// stored, so a database leak yields no usable link. Using one is a conditional update
// (unused and unexpired), so two clicks racing consume it once.
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { now } from '@/lib/clock';

export type MailTokenPurpose = 'verify' | 'reset';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fresh link token for `email`; earlier unused links of the same purpose stop working. */
export async function issueMailToken(userId: string, purpose: MailTokenPurpose, email: string, ttlMs: number) {
  const token = randomBytes(32).toString('base64url');
  const at = now();
  await db.$transaction([
    db.emailToken.updateMany({ where: { userId, purpose, usedAt: null, expiresAt: { gt: at } }, data: { expiresAt: at } }),
    db.emailToken.create({ data: { userId, purpose, email, tokenHash: hashToken(token), createdAt: at, expiresAt: new Date(at.getTime() + ttlMs) } }),
  ]);
  return token;
}

/** Use a token once: the row when it was unused and unexpired, else null. */
export async function consumeMailToken(purpose: MailTokenPurpose, token: string) {
  const tokenHash = hashToken(token);
  const at = now();
  const { count } = await db.emailToken.updateMany({ where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: at } }, data: { usedAt: at } });
  if (!count) return null;
  return db.emailToken.findUnique({ where: { tokenHash }, include: { user: { select: { id: true, deletedAt: true, locale: true } } } });
}

// An account's email: optional, proven by a single-use link before it counts. Only a
// verified address is stored on the user (unique); a pending one lives in its token row,
// so nobody can reserve someone else's address by typing it.
import { db } from '@/lib/db';
import { AppError, notFound, unauthorized } from '@/lib/errors';
import { now } from '@/lib/clock';
import { LIMITS, hit, type Limit } from '@/lib/rate-limit';
import { isUniqueViolation } from '@/lib/sql';
import { mailAvailable, requireMail, sendMailLater } from '@/lib/mail/send';
import { publicOrigin } from '@/lib/pieces/public-origin';
import { verifyPassword } from './password';
import { consumeMailToken, issueMailToken } from './mail-tokens';
import { verifyMail } from './mail-texts';
import type { EmailStatusDto } from './schemas';

export const VERIFY_TTL_MS = 24 * 3600 * 1000;
const VERIFY_LIMITS = {
  perUser: { name: 'email-verify-user', max: 5, windowSeconds: 3600 },
  perAddress: { name: 'email-verify-address', max: 5, windowSeconds: 3600 },
  perIp: { name: 'email-verify-ip', max: 20, windowSeconds: 3600 },
  /** Link submissions (good or bad) from one address: tokens cannot be guessed, this only stops floods. */
  usePerIp: { name: 'email-link-ip', max: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

/** Under 14 and not yet covered by a parent's family invite. */
const needsGuardian = (u: { under14: boolean; guardianConsentAt: Date | null }) => u.under14 && !u.guardianConsentAt;

/** Send a verification link for `email` (sign-up, or 나 after the password was checked). */
export async function sendVerification(userId: string, email: string, ip: string) {
  requireMail();
  await hit(VERIFY_LIMITS.perIp, ip);
  await hit(VERIFY_LIMITS.perUser, userId);
  await hit(VERIFY_LIMITS.perAddress, email);
  const user = await db.user.findUnique({ where: { id: userId }, select: { displayName: true, locale: true, deletedAt: true } });
  if (!user || user.deletedAt) throw notFound();
  const token = await issueMailToken(userId, 'verify', email, VERIFY_TTL_MS);
  const link = `${await publicOrigin()}/email/verify?token=${token}`;
  sendMailLater(verifyMail(email, user.locale, user.displayName, link));
}

/** 나 → 이메일: a new address, guarded by the current password (it decides where resets go). */
export async function requestEmailChange(userId: string, email: string, password: string, ip: string) {
  requireMail();
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt) throw unauthorized();
  if (needsGuardian(user)) throw new AppError('forbidden', 'account.errors.guardianNeeded');
  await hit(LIMITS.passwordChangePerUser, userId); // it asks for the password, like a password change
  if (!(await verifyPassword(user.passwordHash, password))) throw new AppError('forbidden', 'errors.wrongCurrentPassword');
  if (user.email === email) throw new AppError('conflict', 'account.errors.emailSame');
  await sendVerification(userId, email, ip);
  return getEmailStatus(userId);
}

/** Open a verification link: the address becomes the account's (409 if another account proved it first). */
export async function verifyEmail(token: string, ip: string) {
  await hit(VERIFY_LIMITS.usePerIp, ip);
  const row = await consumeMailToken('verify', token);
  if (!row || row.user.deletedAt) throw new AppError('bad_request', 'account.errors.linkInvalid');
  try {
    await db.user.update({ where: { id: row.userId }, data: { email: row.email, emailVerifiedAt: now() } });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', 'account.errors.emailTaken');
    throw err;
  }
  return { email: row.email };
}

export async function getEmailStatus(userId: string): Promise<EmailStatusDto> {
  const [user, pending] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true, under14: true, guardianConsentAt: true } }),
    db.emailToken.findFirst({ where: { userId, purpose: 'verify', usedAt: null, expiresAt: { gt: now() } }, orderBy: { createdAt: 'desc' } }),
  ]);
  return {
    email: user.email,
    verifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
    pending: pending && pending.email !== user.email ? { email: pending.email, expiresAt: pending.expiresAt.toISOString() } : null,
    mailAvailable: mailAvailable(),
    needsGuardian: needsGuardian(user),
  };
}

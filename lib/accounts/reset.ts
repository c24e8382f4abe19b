// 비밀번호 찾기: a single-use link, valid 30 minutes, sent to the account's verified email.
// The answer is the same whether or not the login ID or address exists (and the mail is
// sent after the response), so the form cannot be used to find accounts.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { hit, type Limit } from '@/lib/rate-limit';
import { disconnectUsers } from '@/lib/realtime/server';
import { requireMail, sendMailLater } from '@/lib/mail/send';
import { publicOrigin } from '@/lib/pieces/public-origin';
import { hashPassword } from './password';
import { revokeAllSessionsOp } from './devices';
import { consumeMailToken, issueMailToken } from './mail-tokens';
import { resetMail } from './mail-texts';
import { normaliseLoginId } from './schemas';

export const RESET_TTL_MS = 30 * 60 * 1000;
const RESET_LIMITS = {
  perIp: { name: 'reset-ip', max: 10, windowSeconds: 15 * 60 },
  /** Per login ID or address asked about, existing or not (so the limit reveals nothing either). */
  perIdentifier: { name: 'reset-identifier', max: 5, windowSeconds: 3600 },
  usePerIp: { name: 'reset-link-ip', max: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

/** Always resolves the same way for a well-formed request; a mail goes out only to a verified address. */
export async function requestPasswordReset(identifier: string, ip: string) {
  requireMail();
  const key = identifier.includes('@') ? identifier.trim().toLowerCase() : normaliseLoginId(identifier);
  await hit(RESET_LIMITS.perIp, ip);
  await hit(RESET_LIMITS.perIdentifier, key);
  const user = await db.user.findFirst({
    where: { deletedAt: null, ...(key.includes('@') ? { email: key } : { loginId: key, email: { not: null } }) },
    select: { id: true, email: true, loginId: true, displayName: true, locale: true },
  });
  if (!user?.email) return { ok: true };
  const token = await issueMailToken(user.id, 'reset', user.email, RESET_TTL_MS);
  const link = `${await publicOrigin()}/reset-password?token=${token}`;
  sendMailLater(resetMail(user.email, user.locale, user.displayName, user.loginId ?? '', link));
  return { ok: true };
}

/**
 * Set a new password from a link: the link is used up, every other reset link of the
 * account too, and every session everywhere ends (version bump + revoked rows + the
 * realtime connections closed), as after a password change.
 */
export async function resetPassword(token: string, newPassword: string, ip: string) {
  await hit(RESET_LIMITS.usePerIp, ip);
  const row = await consumeMailToken('reset', token);
  if (!row || row.user.deletedAt) throw new AppError('bad_request', 'account.errors.linkInvalid');
  const passwordHash = await hashPassword(newPassword);
  const [, user] = await db.$transaction([
    db.emailToken.updateMany({ where: { userId: row.userId, purpose: 'reset', usedAt: null }, data: { usedAt: row.usedAt } }),
    db.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { loginId: true } }),
    revokeAllSessionsOp(row.userId),
  ]);
  await disconnectUsers([row.userId]);
  return { loginId: user.loginId ?? '' };
}

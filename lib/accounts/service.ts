import { db } from '@/lib/db';
import { AppError, unauthorized } from '@/lib/errors';
import { now } from '@/lib/clock';
import { storage } from '@/lib/storage';
import { dissolveCouple } from '@/lib/circles/dissolve';
import { disconnectUsers } from '@/lib/realtime/server';
import { LIMITS, check, hit, reached, reset } from '@/lib/rate-limit';
import { burnVerify, hashPassword, verifyPassword } from './password';
import { revokeAllSessionsOp } from './devices';
import { consentRecord } from './consent';
import { sendVerification } from './email';
import { requireMail } from '@/lib/mail/send';
import type { KnownDevice } from './known-device';
import { loginIdSchema, normaliseLoginId, type SessionUser, type SignUpInput } from './schemas';

const toSessionUser = (u: { id: string; loginId: string | null; displayName: string; locale: string }): SessionUser => ({
  id: u.id,
  loginId: u.loginId ?? '',
  displayName: u.displayName,
  locale: u.locale,
});

/** Login IDs are unique regardless of case, so compare lower-cased. */

export async function isLoginIdAvailable(loginId: string, ip: string) {
  await hit(LIMITS.availabilityPerIp, ip);
  if (!loginIdSchema.safeParse(loginId).success) return { available: false, valid: false };
  const existing = await db.user.findUnique({ where: { loginId: normaliseLoginId(loginId) }, select: { id: true } });
  return { available: !existing, valid: true };
}

/**
 * Sign up: consent to the terms and the privacy notice is required (400, nothing stored).
 * An email is optional; it is only the account's once its link is opened. Under-14s give
 * no email until a parent's family invite covers them (lib/circles/service.ts joinFamily).
 */
export async function signUp(input: SignUpInput, ip: string) {
  const consent = consentRecord(input, now());
  if (input.email && input.under14) throw new AppError('bad_request', 'account.errors.guardianNeeded');
  if (input.email) requireMail();
  await hit(LIMITS.signupPerIp, ip);
  const loginId = normaliseLoginId(input.loginId);
  const passwordHash = await hashPassword(input.password);
  let user;
  try {
    user = await db.user.create({ data: { loginId, displayName: input.displayName, passwordHash, ...consent, under14: input.under14 === true } });
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') throw new AppError('conflict', 'errors.loginIdTaken');
    throw err;
  }
  // The account exists either way; a limit on the address only delays its link (ask again in 나).
  const emailSent = input.email ? await sendVerification(user.id, input.email, ip).then(() => true, () => false) : false;
  return { ...toSessionUser(user), emailSent };
}

/** How long an unknown device waits once its account has failed too often (slowed, never refused). */
export const ACCOUNT_SLOWDOWN_MS = 2000;

/**
 * Verify credentials for next-auth. Returns the user plus the session version to embed.
 * Failures back off per (address, login ID) pair, so a stranger locks only their own
 * pair; past the account-wide count an unknown device waits before its check, and a
 * device this account signed in on before keeps its own bucket and never waits.
 */
export async function verifyLogin(loginIdRaw: string, password: string, from: { ip: string; device: KnownDevice | null }) {
  const loginId = normaliseLoginId(loginIdRaw);
  const user = await db.user.findUnique({ where: { loginId } });
  const known = !!(user && from.device?.userIds.includes(user.id));
  if (!known) await hit(LIMITS.loginPerIp, from.ip);
  const pair = known ? `device:${from.device!.id}|${loginId}` : `${from.ip}|${loginId}`;
  await check(LIMITS.loginPerPair, pair);
  if (!known && (await reached(LIMITS.loginPerAccount, loginId))) await new Promise((r) => setTimeout(r, ACCOUNT_SLOWDOWN_MS));
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await burnVerify(password), false);
  if (!user || !ok || user.deletedAt) {
    await hit(LIMITS.loginPerPair, pair);
    await hit(LIMITS.loginPerAccount, loginId).catch(() => {}); // it only counts: over it slows, never refuses
    throw new AppError('unauthorized', 'errors.badCredentials');
  }
  await reset(LIMITS.loginPerPair, pair);
  return { ...toSessionUser(user), sessionVersion: user.sessionVersion };
}

async function requirePassword(userId: string, password: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt) throw unauthorized();
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('forbidden', 'errors.wrongCurrentPassword');
  }
  return user;
}

/**
 * Change password; bumping the session version and revoking every session row signs out
 * every device, this one included (the form signs in again with the new password).
 */
export async function changePassword(userId: string, currentPassword: string, newPassword: string) {
  await hit(LIMITS.passwordChangePerUser, userId);
  await requirePassword(userId, currentPassword);
  const passwordHash = await hashPassword(newPassword);
  const [user] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    revokeAllSessionsOp(userId),
  ]);
  // Signed-out devices stop hearing events now, not at their next reconnect.
  await disconnectUsers([userId]);
  return { ...toSessionUser(user), sessionVersion: user.sessionVersion };
}

/**
 * Delete an account: private data goes (profile, memberships, friendships, requests,
 * devices, notifications, images); the row stays anonymised so messages in shared
 * rooms show "deleted user". A couple the user was in is dissolved.
 */
export async function deleteAccount(userId: string, password: string) {
  await hit(LIMITS.accountDeletePerUser, userId);
  const user = await requirePassword(userId, password);
  const couples = await db.circle.findMany({ where: { kind: 'COUPLE', dissolvedAt: null, members: { some: { userId } } }, select: { id: true } });
  await db.$transaction([
    db.circleMember.deleteMany({ where: { userId } }),
    db.roomMember.updateMany({ where: { userId, leftAt: null }, data: { leftAt: now() } }),
    db.friendship.deleteMany({ where: { OR: [{ ownerId: userId }, { friendId: userId }] } }),
    db.coupleRequest.deleteMany({ where: { OR: [{ fromId: userId }, { toId: userId }] } }),
    db.pushSubscription.deleteMany({ where: { userId } }),
    db.notification.deleteMany({ where: { userId } }),
    db.emailToken.deleteMany({ where: { userId } }),
    revokeAllSessionsOp(userId),
    db.user.update({
      where: { id: userId },
      data: {
        loginId: null,
        displayName: '',
        passwordHash: null,
        statusMessage: '',
        avatarKey: null,
        backgroundKey: null,
        email: null,
        emailVerifiedAt: null,
        deletedAt: now(),
        sessionVersion: { increment: 1 },
      },
    }),
  ]);
  // Every open connection ends now; signing in again is refused (session version).
  await disconnectUsers([userId]);
  // The partner is told live and leaves the couple room too.
  for (const c of couples) await dissolveCouple(c.id, true);
  await Promise.all([user.avatarKey, user.backgroundKey].filter((k): k is string => !!k).map((k) => storage().delete(k)));
}

export async function setLocale(userId: string, locale: 'ko' | 'en') {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

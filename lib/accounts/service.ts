import { db } from '@/lib/db';
import { AppError, unauthorized } from '@/lib/errors';
import { now } from '@/lib/clock';
import { storage } from '@/lib/storage';
import { dissolveCouple } from '@/lib/circles/dissolve';
import { disconnectUsers } from '@/lib/realtime/server';
import { LIMITS, check, hit, reset } from '@/lib/rate-limit';
import { burnVerify, hashPassword, verifyPassword } from './password';
import { loginIdSchema, type SessionUser, type SignUpInput } from './schemas';

const toSessionUser = (u: { id: string; loginId: string | null; displayName: string; locale: string }): SessionUser => ({
  id: u.id,
  loginId: u.loginId ?? '',
  displayName: u.displayName,
  locale: u.locale,
});

/** Login IDs are unique regardless of case, so compare lower-cased. */
const normalise = (loginId: string) => loginId.trim().toLowerCase();

export async function isLoginIdAvailable(loginId: string) {
  if (!loginIdSchema.safeParse(loginId).success) return { available: false, valid: false };
  const existing = await db.user.findUnique({ where: { loginId: normalise(loginId) }, select: { id: true } });
  return { available: !existing, valid: true };
}

export async function signUp(input: SignUpInput, ip: string) {
  await hit(LIMITS.signupPerIp, ip);
  const loginId = normalise(input.loginId);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({ data: { loginId, displayName: input.displayName, passwordHash } });
    return toSessionUser(user);
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') throw new AppError('conflict', 'errors.loginIdTaken');
    throw err;
  }
}

/** Verify credentials for next-auth. Returns the user plus the session version to embed. */
export async function verifyLogin(loginIdRaw: string, password: string, ip: string) {
  const loginId = normalise(loginIdRaw);
  await hit(LIMITS.loginPerIp, ip);
  await check(LIMITS.loginPerId, loginId);
  const user = await db.user.findUnique({ where: { loginId } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await burnVerify(password), false);
  if (!user || !ok || user.deletedAt) {
    await hit(LIMITS.loginPerId, loginId);
    throw new AppError('unauthorized', 'errors.badCredentials');
  }
  await reset(LIMITS.loginPerId, loginId);
  return { ...toSessionUser(user), sessionVersion: user.sessionVersion };
}

/** The user behind a session token, or null if the account is gone or the token outdated. */
export async function getSessionUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt || user.sessionVersion !== sessionVersion) return null;
  return toSessionUser(user);
}

async function requirePassword(userId: string, password: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt) throw unauthorized();
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('forbidden', 'errors.wrongCurrentPassword');
  }
  return user;
}

/** Change password; bumping the session version signs out every other device. */
export async function changePassword(userId: string, currentPassword: string, newPassword: string) {
  await requirePassword(userId, currentPassword);
  const passwordHash = await hashPassword(newPassword);
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
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
  const user = await requirePassword(userId, password);
  const couples = await db.circle.findMany({ where: { kind: 'COUPLE', dissolvedAt: null, members: { some: { userId } } }, select: { id: true } });
  await db.$transaction([
    db.circleMember.deleteMany({ where: { userId } }),
    db.roomMember.updateMany({ where: { userId, leftAt: null }, data: { leftAt: now() } }),
    db.friendship.deleteMany({ where: { OR: [{ ownerId: userId }, { friendId: userId }] } }),
    db.coupleRequest.deleteMany({ where: { OR: [{ fromId: userId }, { toId: userId }] } }),
    db.pushSubscription.deleteMany({ where: { userId } }),
    db.notification.deleteMany({ where: { userId } }),
    db.user.update({
      where: { id: userId },
      data: {
        loginId: null,
        displayName: '',
        passwordHash: null,
        statusMessage: '',
        avatarKey: null,
        backgroundKey: null,
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

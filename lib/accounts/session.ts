import { redirect } from 'next/navigation';
import { sessionClaims, type SessionClaims } from '@/lib/auth/token';
import { unauthorized } from '@/lib/errors';
import { getSessionUser } from './service';
import type { SessionUser } from './schemas';

/**
 * The signed-in user, checked against the database on every call: a token from
 * before a password change or account deletion is refused (session version).
 */
export async function currentUser(): Promise<SessionUser | null> {
  const claims = await sessionClaims();
  return claims ? getSessionUser(claims.uid, claims.sv) : null;
}

/**
 * For hot paths that check the session version inside their own SQL statement
 * (sending a message): the cookie's claims, 401 without a valid cookie. The caller
 * must refuse the request when its statement finds no live user with that version.
 */
export async function requireClaims(): Promise<SessionClaims> {
  const claims = await sessionClaims();
  if (!claims) throw unauthorized();
  return claims;
}

/** For route handlers: 401 unless signed in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw unauthorized();
  return user;
}

/** For pages: send anonymous visitors to the login page. */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}

import { redirect } from 'next/navigation';
import { sessionClaims, type SessionClaims } from '@/lib/auth/token';
import { unauthorized } from '@/lib/errors';
import { liveSession, type SignedInUser } from './devices';

/**
 * The signed-in user, checked against the database on every call: a token whose device
 * session was signed out, or from before a password change or account deletion (session
 * version), is refused.
 */
export async function currentUser(): Promise<SignedInUser | null> {
  const claims = await sessionClaims();
  return claims ? liveSession(claims) : null;
}

/**
 * For hot paths that check the session inside their own SQL statement (sending a
 * message, a history page, unread counts): the cookie's claims, 401 without a valid
 * cookie. The caller must refuse the request when its statement finds no live session
 * (the device session row, not revoked, and the user with that version).
 */
export async function requireClaims(): Promise<SessionClaims> {
  const claims = await sessionClaims();
  if (!claims) throw unauthorized();
  return claims;
}

/** For route handlers: 401 unless signed in. */
export async function requireUser(): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) throw unauthorized();
  return user;
}

/** For pages: send anonymous visitors to the login page. */
export async function requirePageUser(): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect('/login');
  return user;
}

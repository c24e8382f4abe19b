import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { authOptions } from '@/lib/auth/options';
import { unauthorized } from '@/lib/errors';
import { getSessionUser } from './service';
import type { SessionUser } from './schemas';

/**
 * The signed-in user, checked against the database on every call: a token from
 * before a password change or account deletion is refused (session version).
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.uid || typeof session.sv !== 'number') return null;
  return getSessionUser(session.uid, session.sv);
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

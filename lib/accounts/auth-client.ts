'use client';

// next-auth's browser client (with its Babel runtime, ~15 KiB gzipped) is loaded when
// someone signs in or out, not with /login and /me: they are the only callers.
type SignInResult = Awaited<ReturnType<typeof import('next-auth/react').signIn>>;

/** next-auth's credentials sign-in, without a redirect. */
export async function signInWithCredentials(loginId: string, password: string): Promise<SignInResult> {
  const { signIn } = await import('next-auth/react');
  return signIn('credentials', { loginId, password, redirect: false });
}

/** next-auth's sign-out, then the sign-in page. */
export async function signOutToLogin(): Promise<void> {
  const { signOut } = await import('next-auth/react');
  await signOut({ callbackUrl: '/login' });
}

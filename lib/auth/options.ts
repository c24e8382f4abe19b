import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { AppError } from '@/lib/errors';
import { verifyLogin } from '@/lib/accounts/service';
import { loginSchema } from '@/lib/accounts/schemas';
import { safeRedirect } from './guard';

declare module 'next-auth' {
  interface Session {
    uid?: string;
    sv?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

function ipFrom(headers: Record<string, unknown> | undefined) {
  const fwd = headers?.['x-forwarded-for'];
  const first = typeof fwd === 'string' ? fwd.split(',')[0].trim() : '';
  return (first || '127.0.0.1').slice(0, 64);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { loginId: { type: 'text' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(JSON.stringify({ code: 'validation_failed', key: 'errors.badCredentials' }));
        try {
          const user = await verifyLogin(parsed.data.loginId, parsed.data.password, ipFrom(req?.headers));
          return { id: user.id, name: user.displayName, sessionVersion: user.sessionVersion };
        } catch (err) {
          // next-auth passes this string to the client as `error`; the login form
          // turns it back into a translated message.
          if (err instanceof AppError) throw new Error(JSON.stringify({ code: err.code, key: err.message, details: err.details }));
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    redirect: safeRedirect,
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      return session;
    },
  },
};

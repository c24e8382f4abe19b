import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { cookies } from 'next/headers';
import { AppError } from '@/lib/errors';
import { env } from '@/lib/env';
import { verifyLogin } from '@/lib/accounts/service';
import { loginSchema } from '@/lib/accounts/schemas';
import { endSession, liveSession, startSession } from '@/lib/accounts/devices';
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE, decodeKnownDevice, encodeKnownDevice, rememberAccount } from '@/lib/accounts/known-device';
import { cookieValue } from '@/lib/cookies';
import { clientIp } from '@/lib/client-ip';
import { safeRedirect } from './guard';

declare module 'next-auth' {
  interface Session {
    uid?: string;
    sv?: number;
  }
  interface User {
    sessionVersion?: number;
    sessionId?: string;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
  }
}

/** Thrown by the jwt callback for a signed-out device: next-auth then clears the cookie. */
class SessionEnded extends Error {}

type Headers = Record<string, unknown> | undefined;
const headerText = (h: Headers, name: string) => (typeof h?.[name] === 'string' ? (h[name] as string) : '');

/** Remember on this browser that the account signed in here (lib/accounts/known-device.ts). */
async function rememberDevice(headers: Headers, userId: string) {
  const prev = decodeKnownDevice(cookieValue(headerText(headers, 'cookie'), KNOWN_DEVICE_COOKIE));
  (await cookies()).set(KNOWN_DEVICE_COOKIE, encodeKnownDevice(rememberAccount(prev, userId)), {
    httpOnly: true, sameSite: 'lax', path: '/', maxAge: KNOWN_DEVICE_MAX_AGE, secure: (env().NEXTAUTH_URL ?? '').startsWith('https://') || !!env().VERCEL,
  });
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
          const ip = clientIp({ headers: req?.headers });
          const device = decodeKnownDevice(cookieValue(headerText(req?.headers, 'cookie'), KNOWN_DEVICE_COOKIE));
          const user = await verifyLogin(parsed.data.loginId, parsed.data.password, { ip, device });
          const sessionId = await startSession(user.id, headerText(req?.headers, 'user-agent'), ip);
          await rememberDevice(req?.headers, user.id);
          return { id: user.id, name: user.displayName, sessionVersion: user.sessionVersion, sessionId };
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
        token.sid = user.sessionId;
        return token;
      }
      // Every later read of the session (GET /api/auth/session) checks the device session
      // too: a signed-out device loses its cookie instead of having it renewed.
      const { uid, sv, sid } = token;
      if (typeof uid !== 'string' || typeof sv !== 'number' || typeof sid !== 'string' || !(await liveSession({ uid, sv, sid }))) throw new SessionEnded();
      return token;
    },
    async session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      return session;
    },
  },
  events: {
    // Logout ends the device session on the server: a copy of the token is refused too.
    async signOut({ token }) {
      await endSession(token as { uid?: string; sid?: string } | null);
    },
  },
  logger: {
    error(code, metadata) {
      if (metadata instanceof SessionEnded) return; // an ended session is not a server error
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};

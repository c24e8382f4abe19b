// Unit tests that load a module reading lib/env.ts: the variables it requires, with
// values nothing connects to, and a test's own on top.
export const UNIT_ENV = {
  DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused',
  NEXTAUTH_SECRET: 'unit-secret-0123456789abcdef',
  PUSHER_APP_ID: 'app-1',
  PUSHER_KEY: 'key-1',
  PUSHER_SECRET: 'secret-1',
};

export function setUnitEnv(extra: Record<string, string> = {}) {
  Object.assign(process.env, UNIT_ENV, extra);
}

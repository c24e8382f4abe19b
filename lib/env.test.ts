import { afterEach, describe, expect, it, vi } from 'vitest';

const base = {
  DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused',
  NEXTAUTH_SECRET: 'unit-secret-0123456789abcdef',
  PUSHER_APP_ID: 'app-1', PUSHER_KEY: 'key-1', PUSHER_SECRET: 'secret-1',
};
const saved = { ...process.env };
afterEach(() => { process.env = { ...saved }; });

/** A fresh lib/env (it caches) under exactly these variables. */
async function envWith(vars: Record<string, string>) {
  process.env = { ...base, ...vars } as unknown as NodeJS.ProcessEnv;
  vi.resetModules();
  return import('./env');
}

describe('env', () => {
  it('refuses test hooks in production unless the test runner started the server', async () => {
    const e = await envWith({ NODE_ENV: 'production', MOA_TEST_HOOKS: '1' });
    expect(() => e.env()).toThrow(/MOA_TEST_HOOKS/);
    expect((await envWith({ NODE_ENV: 'production', MOA_TEST_HOOKS: '1', MOA_TEST_CONTROL_PID: '4242' })).env().MOA_TEST_HOOKS).toBe('1');
    expect((await envWith({ NODE_ENV: 'development', MOA_TEST_HOOKS: '1' })).env().MOA_TEST_HOOKS).toBe('1');
  });

  it('names demo accounts in development, or in production with MOA_DEMO=1 only', async () => {
    expect((await envWith({ NODE_ENV: 'development' })).demoMode()).toBe(true);
    expect((await envWith({ NODE_ENV: 'production' })).demoMode()).toBe(false);
    expect((await envWith({ NODE_ENV: 'production', MOA_DEMO: '1' })).demoMode()).toBe(true);
  });
});

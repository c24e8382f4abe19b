// What a production server must not offer: test hooks outside the test runner, and
// demo accounts (a published password) unless asked for.
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, BASE, newUser } from '../helpers/client';
import { freePort, spawnServer, startServer } from '../helpers/server';
import { db } from '@/lib/db';

afterAll(async () => {
  await db.$disconnect();
});

const DEMO_PASSWORD = 'moa-demo-1234';
// The whole page, payload included: a production login page carries no password at all.
const loginPage = async (base: string) => (await fetch(`${base}/login`)).text();
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');

/** Keys of the shape a browser's PushSubscription has. */
function pushKeys() {
  const ecdh = crypto.createECDH('prime256v1');
  return { p256dh: ecdh.generateKeys().toString('base64url'), auth: crypto.randomBytes(16).toString('base64url') };
}

describe('MOA_TEST_HOOKS', () => {
  it('a production server started with it, but not by the test runner, refuses to start', async () => {
    // This environment came from the test runner, but the runner is not this server's
    // parent: as if someone copied the test settings into a deployment.
    expect(process.env.MOA_TEST_HOOKS).toBe('1');
    for (const marker of [process.env.MOA_TEST_CONTROL_PID, undefined]) {
      const server = spawnServer(await freePort(), { MOA_TEST_HOOKS: '1', MOA_TEST_CONTROL_PID: marker });
      expect(await server.exited).toBe(1);
      expect(server.stderr()).toContain('MOA_TEST_HOOKS=1 is for `npm test` only');
    }
  }, 30_000);

  it('without it, the clock route is 404 and push goes to public https endpoints only', async () => {
    const me = await newUser();
    const server = await startServer({ MOA_TEST_HOOKS: '0' });
    try {
      const headers = { 'content-type': 'application/json', cookie: me.client.cookieHeader() };
      expect((await fetch(`${server.base}/api/test/clock`)).status).toBe(404);
      const put = await fetch(`${server.base}/api/test/clock`, { method: 'PUT', headers, body: JSON.stringify({ offsetMs: 86_400_000 }) });
      expect(put.status).toBe(404);
      const push = await fetch(`${server.base}/api/push/subscriptions`, {
        method: 'POST', headers, body: JSON.stringify({ endpoint: 'http://127.0.0.1:9/push/abc', keys: pushKeys() }),
      });
      expect(push.status).toBe(422);
      expect(await db.pushSubscription.count({ where: { userId: me.id } })).toBe(0);
      // The shared test server (hooks on) still has the route: the 404 above is the switch.
      expect((await new Client().fetch('/api/test/clock')).status).toBe(200);
      expect(await loginPage(server.base)).not.toContain(DEMO_PASSWORD);
    } finally {
      await server.stop();
    }
  }, 90_000);
});

describe('demo accounts', () => {
  it('the login page of a production server names none, unless MOA_DEMO=1', async () => {
    expect(await loginPage(BASE)).not.toContain(DEMO_PASSWORD);
    const server = await startServer({ MOA_TEST_HOOKS: '0', MOA_DEMO: '1' });
    try {
      expect(visible(await loginPage(server.base))).toContain(`parent1 / ${DEMO_PASSWORD}`);
    } finally {
      await server.stop();
    }
  }, 90_000);
});

describe('benchmark routes', () => {
  it('answer 404 unless the server runs with MOA_BENCH_ROUTES=1', async () => {
    const me = await newUser();
    expect((await me.client.fetch('/api/bench/memory')).status).toBe(404);
    expect((await new Client().fetch('/api/bench/memory')).status).toBe(404);
    const floor = await me.client.fetch('/api/bench/floor', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"clientId":"x"}' });
    expect(floor.status).toBe(404);
  });
});

// A server without SMTP_URL: every mail feature says mail is unavailable (503 with a
// message), nothing is half-done, and everything else keeps working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { CONSENT, newUser, uniqueId } from '../helpers/client';
import { startServer } from '../helpers/server';
import { call } from '../helpers/uploads';
import { uniqueEmail } from '../helpers/mail';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ SMTP_URL: undefined, MOA_TEST_HOOKS: '0' });
});
afterAll(async () => {
  await server?.stop();
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;
const ip = `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
async function send(method: string, path: string, body: unknown, u: U | null = null) {
  const res = await call(server.base, u, path, { method, headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify(body) });
  return { status: res.status, data: await res.json() };
}

const UNAVAILABLE = '지금은 메일을 보낼 수 없어요. 관리자에게 문의해 주세요.';

describe('without SMTP_URL', () => {
  it('answers 503 for reset and email changes, and signs up without an email only', async () => {
    const forgot = await send('POST', '/api/accounts/password/forgot', { identifier: 'someone' });
    expect(forgot.status).toBe(503);
    expect(forgot.data.error.message).toBe(UNAVAILABLE);

    const loginId = uniqueId('nomail');
    const withEmail = await send('POST', '/api/accounts', { loginId, displayName: 'x', password: 'password-123', email: uniqueEmail(), ...CONSENT });
    expect(withEmail.status).toBe(503);
    expect(await db.user.findUnique({ where: { loginId } })).toBeNull();
    const without = await send('POST', '/api/accounts', { loginId, displayName: 'x', password: 'password-123', ...CONSENT });
    expect(without.status).toBe(201);

    const u = await newUser();
    const status = await (await call(server.base, u, '/api/accounts/email')).json();
    expect(status).toMatchObject({ email: null, mailAvailable: false });
    const put = await send('PUT', '/api/accounts/email', { email: uniqueEmail(), password: u.password }, u);
    expect(put.status).toBe(503);

    const page = await (await fetch(`${server.base}/login/forgot`)).text();
    expect(page).toContain('이 서버는 메일을 보낼 수 없어서 이메일 기능을 쓸 수 없어요.');
  });
});

// 비밀번호 찾기 through the embedded inbox: one answer for every identifier, a single-use
// link that lasts 30 minutes (the server clock moved forward), every session ended.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { Client, newUser, uniqueId } from '../helpers/client';
import { linkIn, mailsTo, uniqueEmail, waitForMail } from '../helpers/mail';
import { moveServerClock } from '../helpers/family';
import { settle } from '../helpers/couple';

afterEach(async () => {
  await moveServerClock(0);
});
afterAll(async () => {
  await db.$disconnect();
});

/** A user with a verified email, signed in on two devices. */
async function withEmail() {
  const u = await newUser();
  const email = uniqueEmail('rp');
  expect((await u.client.json('/api/accounts/email', 'PUT', { email, password: u.password })).status).toBe(200);
  const { token } = linkIn(await waitForMail(email), '/email/verify');
  expect((await u.client.json('/api/accounts/email/verify', 'POST', { token })).status).toBe(200);
  const phone = new Client();
  expect((await phone.signIn(u.loginId, u.password)).ok).toBe(true);
  return { ...u, email, phone };
}

const forgot = (identifier: string, c = new Client()) => c.json('/api/accounts/password/forgot', 'POST', { identifier });

describe('password reset', () => {
  it('answers the same for a real ID, a real address, an unknown one and an account without email', async () => {
    const u = await withEmail();
    const noEmail = await newUser();
    const answers = [await forgot(u.loginId.toUpperCase()), await forgot(u.email), await forgot(uniqueId('ghost')), await forgot(uniqueEmail('ghost')), await forgot(noEmail.loginId)];
    for (const a of answers) expect(a).toEqual({ status: 202, data: { ok: true } });
    await waitForMail(u.email, { count: 3 }); // verify + two resets
    await settle();
    expect((await mailsTo(u.email)).filter((m) => m.subject === '[모아] 비밀번호 재설정 링크')).toHaveLength(2);
  });

  it('takes about as long whether or not the account exists', async () => {
    const u = await withEmail();
    const time = async (id: string) => {
      const t = performance.now();
      await forgot(id);
      return performance.now() - t;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time(u.email));
      unknown.push(await time(uniqueEmail('nobody')));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // The mail goes out after the answer; only a token insert differs (milliseconds).
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(150);
  });

  it('resets once through the mailed link, ends every session, and the old password stops working', async () => {
    const u = await withEmail();
    await forgot(u.loginId);
    const mail = await waitForMail(u.email, { count: 2 });
    expect(mail.text).toContain(u.loginId);
    const { token, url, sameSite } = linkIn(mail, '/reset-password');
    expect(sameSite).toBe(true);
    expect((await new Client().fetch(url.pathname + url.search)).status).toBe(200);

    const weak = await new Client().json('/api/accounts/password/reset', 'POST', { token, newPassword: 'short' });
    expect(weak.status).toBe(422);
    const res = await new Client().json('/api/accounts/password/reset', 'POST', { token, newPassword: 'brand-new-pass' });
    expect(res).toEqual({ status: 200, data: { loginId: u.loginId } });
    expect((await u.client.json('/api/accounts/me', 'GET')).status).toBe(401);
    expect((await u.phone.json('/api/accounts/me', 'GET')).status).toBe(401);
    expect(await db.session.count({ where: { userId: u.id, revokedAt: null } })).toBe(0);

    const again = await new Client().json('/api/accounts/password/reset', 'POST', { token, newPassword: 'another-pass-1' });
    expect(again.status).toBe(400);
    expect((await new Client().signIn(u.loginId, u.password)).ok).toBe(false);
    expect((await new Client().signIn(u.loginId, 'brand-new-pass')).ok).toBe(true);
    expect(await db.emailToken.count({ where: { tokenHash: token } })).toBe(0);
  });

  it('a link is good for 30 minutes, and a newer link replaces an older one', async () => {
    const u = await withEmail();
    await forgot(u.email);
    const late = linkIn(await waitForMail(u.email, { count: 2 }), '/reset-password').token;
    await moveServerClock(30 * 60 * 1000 + 5000);
    const expired = await new Client().json('/api/accounts/password/reset', 'POST', { token: late, newPassword: 'brand-new-pass' });
    expect(expired.status).toBe(400);
    await moveServerClock(29 * 60 * 1000); // a fresh link, used 29 minutes later
    await forgot(u.email);
    const older = linkIn(await waitForMail(u.email, { count: 3 }), '/reset-password').token;
    await forgot(u.loginId);
    const newer = linkIn(await waitForMail(u.email, { count: 4 }), '/reset-password').token;
    await moveServerClock(29 * 60 * 1000 + 29 * 60 * 1000);
    expect((await new Client().json('/api/accounts/password/reset', 'POST', { token: older, newPassword: 'brand-new-pass' })).status).toBe(400);
    expect((await new Client().json('/api/accounts/password/reset', 'POST', { token: newer, newPassword: 'brand-new-pass' })).status).toBe(200);
    expect((await u.client.json('/api/accounts/me', 'GET')).status).toBe(401);
    expect(await new Client().json('/api/accounts/password/reset', 'POST', { token: 'A'.repeat(43), newPassword: 'brand-new-pass' })).toMatchObject({ status: 400 });
  });

  it('limits requests per asked-about identifier and per address, the same for real and made-up ones', async () => {
    const u = await withEmail();
    for (const id of [u.loginId, uniqueId('ghost')]) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await forgot(id)).status);
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    }
    const one = new Client();
    const fromOne: number[] = [];
    for (let i = 0; i < 11; i++) fromOne.push((await forgot(uniqueId('ip'), one)).status);
    expect(fromOne.filter((s) => s === 429)).toEqual([429]);
  });
});

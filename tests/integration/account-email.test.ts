// Email at sign-up and in 나, verified through the embedded SMTP server's inbox; consent
// stored at sign-up; an under-14 account covered by the parent whose invite it used.
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { CONSENT, Client, newUser, uniqueId } from '../helpers/client';
import { linkIn, mailsTo, uniqueEmail, waitForMail } from '../helpers/mail';
import { makeFamily } from '../helpers/family';
import { settle } from '../helpers/couple';

afterAll(async () => {
  await db.$disconnect();
});

const signUp = (c: Client, body: Record<string, unknown>) =>
  c.json('/api/accounts', 'POST', { loginId: uniqueId('em'), displayName: '메일', password: 'password-123', ...body });

describe('consent at sign-up', () => {
  it('refuses a sign-up without both agreements with 400 and stores nothing', async () => {
    for (const body of [{}, { acceptTerms: true }, { acceptPrivacy: true }, { acceptTerms: true, acceptPrivacy: false }]) {
      const loginId = uniqueId('nc');
      const res = await new Client().json('/api/accounts', 'POST', { loginId, displayName: 'x', password: 'password-123', email: uniqueEmail(), ...body });
      expect(res.status).toBe(400);
      expect(res.data.error.message).toBe('이용약관과 개인정보 처리방침에 동의해야 가입할 수 있어요');
      expect(await db.user.findUnique({ where: { loginId } })).toBeNull();
    }
  });

  it('stores when and which versions were agreed to', async () => {
    const before = Date.now();
    const res = await signUp(new Client(), CONSENT);
    expect(res.status).toBe(201);
    const u = await db.user.findUniqueOrThrow({ where: { id: res.data.user.id } });
    expect(u.consentAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(u.termsVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(u.privacyVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(u.under14).toBe(false);
  });

  it('serves the terms and the privacy notice to anyone, in Korean and English', async () => {
    for (const [path, ko, en] of [['/terms', '모아 이용약관', 'Moa terms of service'], ['/privacy', '개인정보 처리방침', 'Privacy notice']]) {
      const kr = await new Client().fetch(path);
      expect(kr.status).toBe(200);
      expect(await kr.text()).toContain(ko);
      const eng = await new Client().fetch(path, { headers: { 'x-moa-locale': 'en' } });
      expect(await eng.text()).toContain(en);
    }
  });

  it('an under-14 gives no email until a parent invite covers them, which is recorded', async () => {
    const c = new Client();
    const refused = await signUp(c, { ...CONSENT, under14: true, email: uniqueEmail() });
    expect(refused.status).toBe(400);
    const loginId = uniqueId('kid');
    const res = await c.json('/api/accounts', 'POST', { loginId, displayName: '아이', password: 'password-123', ...CONSENT, under14: true });
    expect(res.status).toBe(201);
    expect((await c.signIn(loginId, 'password-123')).ok).toBe(true);
    expect((await c.json('/api/accounts/email', 'GET')).data.needsGuardian).toBe(true);
    expect((await c.json('/api/accounts/email', 'PUT', { email: uniqueEmail(), password: 'password-123' })).status).toBe(403);

    const fam = await makeFamily({ children: 0 });
    const code = (await fam.parent.client.json(`/api/circles/${fam.circleId}/invites`, 'POST', { role: 'CHILD' })).data.invite.code;
    expect((await c.json('/api/circles/join', 'POST', { code })).status).toBe(200);
    const kid = await db.user.findUniqueOrThrow({ where: { id: res.data.user.id } });
    expect(kid.guardianConsentById).toBe(fam.parent.id);
    expect(kid.guardianConsentAt).toBeInstanceOf(Date);
    expect((await c.json('/api/accounts/email', 'GET')).data.needsGuardian).toBe(false);
  });
});

describe('email verification', () => {
  it('mails a single-use link at sign-up; the address counts only once it is opened', async () => {
    const email = uniqueEmail('su');
    const c = new Client();
    const res = await signUp(c, { ...CONSENT, email: email.toUpperCase() });
    expect(res.status).toBe(201);
    expect(res.data.user.emailSent).toBe(true);
    const mail = await waitForMail(email);
    expect(mail.subject).toBe('[모아] 이메일을 확인해 주세요');
    const { token, url, sameSite } = linkIn(mail, '/email/verify');
    expect(sameSite).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: res.data.user.id } })).email).toBeNull();
    // Only the hash is stored.
    expect(await db.emailToken.count({ where: { tokenHash: token } })).toBe(0);
    expect((await new Client().fetch(url.pathname + url.search)).status).toBe(200); // the page opens signed out

    const ok = await new Client().json('/api/accounts/email/verify', 'POST', { token });
    expect(ok).toMatchObject({ status: 200, data: { email } });
    const again = await new Client().json('/api/accounts/email/verify', 'POST', { token });
    expect(again.status).toBe(400);
    expect(again.data.error.message).toBe('링크가 만료되었거나 이미 사용되었어요. 다시 요청해 주세요.');
    const u = await db.user.findUniqueOrThrow({ where: { id: res.data.user.id } });
    expect(u.email).toBe(email);
    expect(u.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it('changes the address in 나 with the current password; the first account to verify an address keeps it', async () => {
    const a = await newUser();
    const b = await newUser();
    const email = uniqueEmail('ch');
    const wrong = await a.client.json('/api/accounts/email', 'PUT', { email, password: 'not-my-password' });
    expect(wrong.status).toBe(403);
    expect(await mailsTo(email)).toEqual([]);
    const bad = await a.client.json('/api/accounts/email', 'PUT', { email: 'nope', password: a.password });
    expect(bad.status).toBe(422);

    const started = await a.client.json('/api/accounts/email', 'PUT', { email, password: a.password });
    expect(started.status).toBe(200);
    expect(started.data).toMatchObject({ email: null, pending: { email }, mailAvailable: true });
    const tokenA = linkIn(await waitForMail(email), '/email/verify').token;
    expect((await b.client.json('/api/accounts/email', 'PUT', { email, password: b.password })).status).toBe(200);
    const tokenB = linkIn(await waitForMail(email, { count: 2 }), '/email/verify').token;

    expect((await a.client.json('/api/accounts/email/verify', 'POST', { token: tokenA })).status).toBe(200);
    const taken = await b.client.json('/api/accounts/email/verify', 'POST', { token: tokenB });
    expect(taken.status).toBe(409);
    expect((await a.client.json('/api/accounts/email', 'GET')).data).toMatchObject({ email, pending: null });
    expect((await b.client.json('/api/accounts/email', 'GET')).data.email).toBeNull();
  });

  it('a newer link replaces an older one, and verification requests are rate limited per address', async () => {
    const a = await newUser();
    const email = uniqueEmail('rl');
    await a.client.json('/api/accounts/email', 'PUT', { email, password: a.password });
    const first = linkIn(await waitForMail(email), '/email/verify').token;
    await a.client.json('/api/accounts/email', 'PUT', { email, password: a.password });
    const second = linkIn(await waitForMail(email, { count: 2 }), '/email/verify').token;
    expect((await a.client.json('/api/accounts/email/verify', 'POST', { token: first })).status).toBe(400);
    expect((await a.client.json('/api/accounts/email/verify', 'POST', { token: second })).status).toBe(200);

    const other = uniqueEmail('flood');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await (await newUser()).client.json('/api/accounts/email', 'PUT', { email: other, password: 'password-123' })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    await settle();
    expect((await mailsTo(other)).length).toBe(5);
  });
});

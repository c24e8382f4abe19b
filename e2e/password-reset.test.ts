// 비밀번호 찾기 end to end: A adds an email at sign-up and confirms it from the mail, forgets
// the password, resets it through the mail in the local inbox, and signs in with the new
// one; A's other signed-in browser is signed out. With MOA_SHOTS_DIR set, the screens are
// saved at 360 and 1280 px for review.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile, fillSignUp, greeting, logIn, newDevice, newPerson, pathOf, waitForPath } from './helpers/browser';

const session = browserForFile();
const INBOX = process.env.MOA_DEV_INBOX_URL ?? 'http://127.0.0.1:1080';
const SHOTS = process.env.MOA_SHOTS_DIR;

async function device(opts?: { desktop?: boolean }) {
  const d = await newDevice(session.browser, opts);
  session.open.push(d);
  return d;
}

/** A screenshot at phone and desktop width (only when asked for). */
async function shot(page: Page, name: string, { fullPage = true, only }: { fullPage?: boolean; only?: string } = {}) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize()!;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const file = path.join(SHOTS, `acct-${name}-${width}.png`);
    if (only) await page.locator(only).screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage });
  }
  await page.setViewportSize(size);
}

/** The newest inbox mail to `address` with this subject, opened in the inbox page; returns its app link. */
async function openMail(page: Page, address: string, subject: string) {
  await expect.poll(async () => {
    const r = await fetch(`${INBOX}/api/messages?to=${encodeURIComponent(address)}`);
    return ((await r.json()) as { messages: { subject: string }[] }).messages.filter((m) => m.subject === subject).length;
  }, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.goto(`${INBOX}/?to=${encodeURIComponent(address)}`);
  const mail = page.getByTestId('inbox-message').filter({ hasText: subject }).filter({ hasText: address }).first();
  await mail.waitFor();
  return mail;
}

describe('password reset through the local inbox', () => {
  it('A resets a forgotten password from the mail and signs in with the new one; A’s other browser is signed out', async () => {
    const a = newPerson('reset', '지연');
    const email = `${a.loginId}@example.test`;
    const phone = await device();
    await fillSignUp(phone.page, a);
    await phone.page.getByLabel('이메일 (선택)').fill(email);
    await shot(phone.page, 'signup-consent');
    await phone.page.getByText('사용할 수 있는 아이디예요').waitFor();
    await phone.page.getByRole('button', { name: '가입하기' }).click();
    await waitForPath(phone.page, '/');
    await phone.page.getByRole('heading', { name: greeting('지연') }).waitFor();

    // Confirm the address from the mail, in the same browser.
    const verifyMail = await openMail(phone.page, email, '[모아] 이메일을 확인해 주세요');
    await shot(phone.page, 'dev-inbox', { fullPage: false });
    await verifyMail.getByRole('link', { name: /\/email\/verify\?token=/ }).click();
    await phone.page.getByText(`${email} 확인이 끝났어요.`).waitFor();
    await phone.page.goto('/me');
    await phone.page.getByTestId('email-current').filter({ hasText: `${email} · 확인됨` }).waitFor();
    await shot(phone.page, 'me-email', { only: 'section[aria-labelledby="me-email"]' });

    // Forgotten on a laptop: 비밀번호 찾기 from the login page.
    const laptop = await device({ desktop: true });
    await laptop.page.goto('/login');
    await laptop.page.getByRole('link', { name: '비밀번호 찾기' }).click();
    await waitForPath(laptop.page, '/login/forgot');
    await laptop.page.getByLabel('아이디 또는 이메일').fill(a.loginId);
    await laptop.page.getByRole('button', { name: '재설정 링크 보내기' }).click();
    await laptop.page.getByRole('status').filter({ hasText: '재설정 링크를 보냈어요' }).waitFor();
    await shot(laptop.page, 'forgot');

    const resetMail = await openMail(laptop.page, email, '[모아] 비밀번호 재설정 링크');
    await resetMail.getByRole('link', { name: /\/reset-password\?token=/ }).click();
    await waitForPath(laptop.page, '/reset-password');
    await laptop.page.getByLabel('새 비밀번호').fill('fresh-pass-5678');
    await shot(laptop.page, 'reset');
    await laptop.page.getByRole('button', { name: '비밀번호 바꾸기' }).click();
    await laptop.page.getByRole('status').filter({ hasText: '비밀번호를 바꿨어요' }).waitFor();
    await laptop.page.getByRole('link', { name: '로그인하기' }).click();
    await logIn(laptop.page, a.loginId, 'fresh-pass-5678');
    expect(pathOf(laptop.page)).toBe('/');

    // The phone's session ended with the reset.
    await phone.page.reload();
    await waitForPath(phone.page, '/login');
  });
});

// Accounts through the real UI: sign up, log in, change password, sessions on other
// devices, delete account, log out. Each person or device is its own browser context.

import { describe, expect, it } from 'vitest';
import { fillSignUp, greeting, logIn, logInRefused, newDevice, newPerson, openMe, pathOf, signUp, waitForPath, browserForFile } from './helpers/browser';

const session = browserForFile();
const open = session.open;

async function device(opts?: { desktop?: boolean }) {
  const d = await newDevice(session.browser, opts);
  open.push(d);
  return d;
}

describe('sign up', () => {
  it('two people sign up on their own phones and each is greeted by name on Home', async () => {
    const [a, b] = await Promise.all([device(), device()]);
    const mina = newPerson('mina', '민아');
    const joon = newPerson('joon', '준');

    await Promise.all([signUp(a.page, mina), signUp(b.page, joon)]);

    expect(pathOf(a.page)).toBe('/');
    expect(pathOf(b.page)).toBe('/');
    await expect(a.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(greeting('민아'));
    await expect(b.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(greeting('준'));
  });

  it('refuses a login ID that is taken: while typing and again on submit', async () => {
    const [a, b] = await Promise.all([device(), device()]);
    const first = newPerson('dup', '처음');
    await signUp(a.page, first);

    // Someone else picks the same ID in another case: IDs are unique regardless of case.
    const second = { ...first, loginId: first.loginId.toUpperCase(), displayName: '두번째', password: 'other-pass-99' };
    await fillSignUp(b.page, second);
    const idField = b.page.getByLabel('아이디', { exact: true });
    await b.page.getByRole('alert').filter({ hasText: '이미 사용 중인 아이디예요' }).waitFor();
    await expect(idField.getAttribute('aria-invalid')).resolves.toBe('true');

    // Submitting anyway: the server refuses and the form says so.
    await b.page.getByRole('button', { name: '가입하기' }).click();
    await b.page.getByRole('alert').filter({ hasText: '이미 사용 중인 아이디예요. 다른 아이디를 골라 주세요.' }).waitFor();
    expect(pathOf(b.page)).toBe('/signup');

    // The first account is untouched: the second person's password does not open it.
    await b.page.goto('/login');
    await logInRefused(b.page, first.loginId, second.password);
    await logIn(b.page, first.loginId, first.password);
    await b.page.getByRole('heading', { name: greeting('처음') }).waitFor();
  });

  it('refuses a password with a space before sending anything, and creates no account', async () => {
    const { page } = await device();
    const person = newPerson('space', '띄어쓰기', 'has space 123');
    await fillSignUp(page, person);
    await page.getByText('사용할 수 있는 아이디예요').waitFor();
    await page.getByRole('button', { name: '가입하기' }).click();

    await page.getByRole('alert').filter({ hasText: '비밀번호에 공백을 넣을 수 없어요.' }).waitFor();
    await expect(page.getByLabel('비밀번호', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(pathOf(page)).toBe('/signup');

    // No account: logging in with those details fails…
    await page.goto('/login');
    await logInRefused(page, person.loginId, person.password);
    expect(pathOf(page)).toBe('/login');
    // …and the ID is still free for a valid sign-up.
    await signUp(page, { ...person, password: 'no-spaces-123' });
  });

  it('says whether the login ID is free in place: its live line is there from the start and nothing below moves', async () => {
    const { page } = await device();
    await page.goto('/signup');
    await page.locator('button[type="submit"]:not([disabled])').waitFor();
    const idField = page.getByLabel('아이디', { exact: true });
    const status = page.locator('[id$="-status"][aria-live="polite"]');
    await expect(status.textContent()).resolves.toBe('');
    const consent = page.getByLabel('이용약관에 동의해요 (필수)');
    const before = await consent.boundingBox();
    await idField.fill(newPerson('live', '자리').loginId);
    await page.getByText('사용할 수 있는 아이디예요').waitFor();
    expect((await consent.boundingBox())?.y).toBe(before?.y);
    await expect(idField.getAttribute('aria-describedby')).resolves.toMatch(/-status/);
  });
});

describe('log in', () => {
  it('refuses a wrong password and stays on /login; the right one gets in', async () => {
    const [a, b] = await Promise.all([device(), device()]);
    const person = newPerson('wrong', '서연');
    await signUp(a.page, person);

    await b.page.goto('/login');
    const message = await logInRefused(b.page, person.loginId, 'not-the-password');
    expect(message).toBe('아이디 또는 비밀번호가 맞지 않아요.');
    expect(pathOf(b.page)).toBe('/login');
    await b.page.getByRole('heading', { name: '모아에 로그인' }).waitFor();
    // Signed-in pages stay closed.
    await b.page.goto('/me');
    await waitForPath(b.page, '/login');

    await logIn(b.page, person.loginId, person.password);
    await b.page.getByRole('heading', { name: greeting('서연') }).waitFor();
  });

  it('log out ends the session: Home sends you to /login until you log in again', async () => {
    const { page } = await device();
    const person = newPerson('bye', '하늘');
    await signUp(page, person);
    await openMe(page);
    await page.getByRole('button', { name: '로그아웃' }).click();
    await waitForPath(page, '/login');
    await page.getByRole('heading', { name: '모아에 로그인' }).waitFor();

    await page.goto('/');
    await waitForPath(page, '/login');
    await page.goto('/me');
    await waitForPath(page, '/login');

    await logIn(page, person.loginId, person.password);
    await page.getByRole('heading', { name: greeting('하늘') }).waitFor();
  });
});

describe('password change', () => {
  it('needs the current password, then the new one logs in on a fresh device and the old one fails', async () => {
    const { page } = await device();
    const person = newPerson('chpw', '도윤', 'old-pass-1234');
    await signUp(page, person);
    await openMe(page);

    await page.getByLabel('현재 비밀번호', { exact: true }).fill('not-my-password');
    await page.getByLabel('새 비밀번호', { exact: true }).fill('new-pass-5678');
    await page.getByRole('button', { name: '변경하기' }).click();
    await page.getByRole('alert').filter({ hasText: '현재 비밀번호가 맞지 않아요.' }).waitFor();

    await page.getByLabel('현재 비밀번호', { exact: true }).fill(person.password);
    await page.getByLabel('새 비밀번호', { exact: true }).fill('new-pass-5678');
    await page.getByRole('button', { name: '변경하기' }).click();
    await page.getByRole('status').filter({ hasText: '비밀번호를 바꿨어요.' }).waitFor();

    // This device signed itself back in with the new password.
    await page.reload();
    await page.getByTestId('me-name').filter({ hasText: '도윤' }).waitFor();
    expect(pathOf(page)).toBe('/me');

    const fresh = await device();
    await fresh.page.goto('/login');
    await logInRefused(fresh.page, person.loginId, 'old-pass-1234');
    await logIn(fresh.page, person.loginId, 'new-pass-5678');
    await fresh.page.getByRole('heading', { name: greeting('도윤') }).waitFor();
  });

  it('signs out the other device: its next navigation lands on /login', async () => {
    const [phone, laptop] = await Promise.all([device(), device({ desktop: true })]);
    const person = newPerson('twodev', '지우', 'first-pass-1234');
    await signUp(phone.page, person);
    await laptop.page.goto('/login');
    await logIn(laptop.page, person.loginId, person.password);
    await laptop.page.goto('/me');
    await laptop.page.getByTestId('me-name').filter({ hasText: '지우' }).waitFor();

    await openMe(phone.page);
    await phone.page.getByLabel('현재 비밀번호', { exact: true }).fill(person.password);
    await phone.page.getByLabel('새 비밀번호', { exact: true }).fill('second-pass-5678');
    await phone.page.getByRole('button', { name: '변경하기' }).click();
    await phone.page.getByRole('status').filter({ hasText: '비밀번호를 바꿨어요.' }).waitFor();

    await laptop.page.goto('/');
    await waitForPath(laptop.page, '/login');
    await laptop.page.getByRole('heading', { name: '모아에 로그인' }).waitFor();
    await laptop.page.goto('/me');
    await waitForPath(laptop.page, '/login');

    // The phone that made the change is still signed in.
    await phone.page.goto('/');
    await phone.page.getByRole('heading', { name: greeting('지우') }).waitFor();
    expect(pathOf(phone.page)).toBe('/');
  });

  it('나 → 기기 lists both devices with this one marked; signing the other out sends it to /login', async () => {
    const [phone, laptop] = await Promise.all([device(), device({ desktop: true })]);
    const person = newPerson('devlist', '서윤', 'first-pass-1234');
    await signUp(phone.page, person);
    await laptop.page.goto('/login');
    await logIn(laptop.page, person.loginId, person.password);

    await openMe(phone.page);
    await phone.page.getByRole('link', { name: /로그인한 기기 보기/ }).click();
    await waitForPath(phone.page, '/me/devices');
    await phone.page.getByRole('heading', { name: '기기', exact: true }).waitFor();
    const rows = phone.page.getByTestId('device');
    await expect.poll(() => rows.count()).toBe(2);
    const mine = rows.and(phone.page.locator('[data-current="true"]'));
    await mine.getByText('이 기기', { exact: true }).waitFor();
    await expect(mine.textContent()).resolves.toMatch(/Chrome \(Linux\)/);

    const other = rows.and(phone.page.locator('[data-current="false"]'));
    await other.getByRole('button', { name: '로그아웃', exact: true }).click();
    await expect.poll(() => rows.count()).toBe(1);

    await laptop.page.goto('/me');
    await waitForPath(laptop.page, '/login');
    // The phone stays signed in.
    await phone.page.goto('/');
    await phone.page.getByRole('heading', { name: greeting('서윤') }).waitFor();
  });
});

describe('account deletion', () => {
  it('asks for the password, then the account is gone and cannot log in', async () => {
    const { page } = await device();
    const person = newPerson('del', '사라질');
    await signUp(page, person);
    await openMe(page);

    const confirm = page.getByLabel('확인을 위해 비밀번호를 입력하세요', { exact: true });
    const deleteButton = page.getByRole('button', { name: '계정 영구 삭제' });
    await confirm.fill('not-my-password');
    await deleteButton.click();
    await page.getByRole('alert').filter({ hasText: '현재 비밀번호가 맞지 않아요.' }).waitFor();
    expect(pathOf(page)).toBe('/me');

    await confirm.fill(person.password);
    await deleteButton.click();
    await waitForPath(page, '/login');

    await page.goto('/');
    await waitForPath(page, '/login');
    await logInRefused(page, person.loginId, person.password);
    expect(pathOf(page)).toBe('/login');
  });
});

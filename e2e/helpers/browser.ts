// End-to-end plumbing: one headless Chromium per test file, one browser context per
// person or device, and sign-up/log-in driven through the real forms.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const BASE_URL = process.env.MOA_BASE_URL ?? 'http://localhost:3000';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'],
};

/** Headless Debian Chromium; `extraArgs` for what one file needs (fake media devices…). */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ ...LAUNCH, args: [...LAUNCH.args, ...extraArgs] });
}

// Addresses in 198.18.0.0/15 (131,072 of them), starting at a random point so test
// files (each in its own worker) and reruns rarely share one; per-IP rate limits
// then never couple tests. It is only ever a header value.
let nextIp = Math.floor(Math.random() * 0x20000);
function freshIp() {
  const n = nextIp++ % 0x20000;
  return `198.${18 + (n >> 16)}.${(n >> 8) & 0xff}.${n & 0xff}`;
}

export interface Device {
  context: BrowserContext;
  page: Page;
  ip: string;
  close(): Promise<void>;
}

function contextOptions(desktop: boolean, ip: string) {
  return {
    baseURL: BASE_URL,
    viewport: desktop ? DESKTOP : PHONE,
    isMobile: !desktop,
    hasTouch: !desktop,
    locale: 'ko-KR',
    extraHTTPHeaders: { 'x-forwarded-for': ip },
  };
}

// React reports a server render the browser could not adopt (a hydration mismatch: errors
// 418–425) as an uncaught error and renders the whole page again on the client: on a phone
// that is most of the first load's work. Every test fails if any page showed one.
const HYDRATION = /Minified React error #4(18|19|22|23|25)\b|Hydration failed|hydrat(ed|ion) (but|mismatch)/i;
const hydrationErrors: string[] = [];
// A page whose client code asks for a string its message scope lacks (lib/i18n/scopes.ts)
// shows the key instead of the words; use-intl logs MISSING_MESSAGE. Every test fails on one.
const missingMessages: string[] = [];

function withTimeouts(context: BrowserContext) {
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  context.on('weberror', (e) => {
    const message = e.error().message;
    if (HYDRATION.test(message)) hydrationErrors.push(`${e.page()?.url() ?? '?'}: ${message.slice(0, 200)}`);
  });
  context.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('MISSING_MESSAGE')) missingMessages.push(`${m.page()?.url() ?? '?'}: ${m.text().slice(0, 200)}`);
  });
  return context;
}

/** Throws if a page hydrated with a mismatch since the last call. */
export function assertNoHydrationErrors() {
  const seen = hydrationErrors.splice(0);
  if (seen.length) throw new Error(`hydration mismatch (the page was rendered again on the client):\n${[...new Set(seen)].join('\n')}`);
}

/** Throws if a page asked for a message string it was not given since the last call. */
export function assertNoMissingMessages() {
  const seen = missingMessages.splice(0);
  if (seen.length) throw new Error(`missing message strings:\n${[...new Set(seen)].join('\n')}`);
}

/** A new person or device: its own cookies, storage, service workers and client IP. */
export async function newDevice(browser: Browser, { desktop = false } = {}): Promise<Device> {
  const ip = freshIp();
  const context = withTimeouts(await browser.newContext(contextOptions(desktop, ip)));
  const page = await context.newPage();
  return { context, page, ip, close: () => context.close() };
}

/**
 * A device with an on-disk profile. `browser.newContext()` is off the record, and
 * Chromium never offers to install an app from an incognito window; this one can.
 * Its `close()` also removes the profile.
 */
export async function newProfileDevice({ desktop = false } = {}): Promise<Device> {
  const ip = freshIp();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moa-e2e-profile-'));
  const context = withTimeouts(await chromium.launchPersistentContext(dir, { ...LAUNCH, ...contextOptions(desktop, ip) }));
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  return { context, page, ip, close };
}

// Login IDs: 3–20 of [A-Za-z0-9_], unique per run (time + process + counter).
let seq = 0;
const runTag = (Date.now().toString(36).slice(-5) + (process.pid % 1296).toString(36)).padEnd(7, '0');
export function uniqueLoginId(prefix = 'e') {
  seq += 1;
  const id = `${prefix.slice(0, 6)}_${runTag}${seq.toString(36)}`;
  if (id.length > 20) throw new Error(`login ID too long: ${id}`);
  return id;
}

export interface Person {
  loginId: string;
  displayName: string;
  password: string;
}

export function newPerson(prefix: string, displayName: string, password = 'moa-pass-1234'): Person {
  return { loginId: uniqueLoginId(prefix), displayName, password };
}

export const greeting = (name: string) => `${name}님, 반가워요`;

/** Wait until the page is at `path` (ignoring query and hash). */
export async function waitForPath(page: Page, path: string) {
  await page.waitForURL((url) => url.pathname === path);
}

export function pathOf(page: Page) {
  return new URL(page.url()).pathname;
}

/** Fill the sign-up form as a person would, waiting for the live availability check. */
export async function fillSignUp(page: Page, { loginId, displayName, password }: Person) {
  await page.goto('/signup');
  // The consent boxes are React's: a click before the form has hydrated can be undone by it.
  // The submit button is enabled once it has (components/ui/button.tsx). (The other cause of
  // "Clicking the checkbox did not change its state", the boxes jumping when the login ID's
  // status line appeared, is gone: that line now keeps its place.)
  await page.locator('button[type="submit"]:not([disabled])').waitFor();
  await page.getByLabel('아이디', { exact: true }).fill(loginId);
  await page.getByLabel('이름', { exact: true }).fill(displayName);
  await page.getByLabel('비밀번호', { exact: true }).fill(password);
  await page.getByLabel('이용약관에 동의해요 (필수)').check();
  await page.getByLabel('개인정보 처리방침에 동의해요 (필수)').check();
}

/** Sign up through /signup and land on Home, greeted by name. */
export async function signUp(page: Page, person: Person) {
  await fillSignUp(page, person);
  await page.getByText('사용할 수 있는 아이디예요').waitFor();
  await page.getByRole('button', { name: '가입하기' }).click();
  await waitForPath(page, '/');
  await page.getByRole('heading', { name: greeting(person.displayName) }).waitFor();
}

/** Fill and submit the login form (does not wait for the outcome). */
export async function submitLogin(page: Page, loginId: string, password: string) {
  if (pathOf(page) !== '/login') await page.goto('/login');
  await page.getByLabel('아이디', { exact: true }).fill(loginId);
  await page.getByLabel('비밀번호', { exact: true }).fill(password);
  await page.getByRole('button', { name: '로그인', exact: true }).click();
}

/** Log in through /login and land on Home. */
export async function logIn(page: Page, loginId: string, password: string) {
  await submitLogin(page, loginId, password);
  await waitForPath(page, '/');
  await page.getByRole('heading', { name: /님, 반가워요$/ }).waitFor();
}

/** Try to log in and expect the form's error; returns the message shown. Stays on /login. */
export async function logInRefused(page: Page, loginId: string, password: string) {
  await submitLogin(page, loginId, password);
  const alert = page.getByRole('alert').filter({ hasText: '아이디 또는 비밀번호가 맞지 않아요.' });
  await alert.waitFor();
  return (await alert.textContent())?.trim();
}

/** Open the 나 (me) tab from the navigation, as a person would. */
export async function openMe(page: Page) {
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '나', exact: true }).click();
  await waitForPath(page, '/me');
  await page.getByRole('heading', { name: '나', exact: true }).waitFor();
}

/** Anything a test opens that must be closed afterwards (a device, a context). */
interface Closable {
  close(): Promise<void>;
}

/**
 * One test file's browser: launched before its tests, closed after them. Whatever the
 * file pushes onto `open` is closed after each test (`closeOpen: 'each'`, the default)
 * or once after the file (`'all'`, for tests that share devices).
 */
export function browserForFile({ launch = launchBrowser, closeOpen = 'each' }: { launch?: () => Promise<Browser>; closeOpen?: 'each' | 'all' } = {}) {
  let browser: Browser | undefined;
  const open: Closable[] = [];
  const closeAll = () => Promise.all(open.splice(0).map((c) => c.close().catch(() => {})));
  beforeAll(async () => {
    browser = await launch();
  });
  if (closeOpen === 'each') afterEach(closeAll);
  afterEach(assertNoHydrationErrors);
  afterEach(assertNoMissingMessages);
  afterAll(async () => {
    await closeAll();
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('browserForFile: the browser starts in beforeAll');
      return browser;
    },
    open,
  };
}

/** Move the server's clock (test hook) by `offsetMs` from real time; 0 puts it back. */
export { moveServerClock as setServerClock } from '../../tests/helpers/family';

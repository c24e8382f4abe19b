// Moa as an installable app: manifest and icons, service worker, Chromium's
// installability check, the offline page, and the phone/desktop navigation layout.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE_URL, DESKTOP, PHONE, logIn, newDevice, newProfileDevice, newPerson, pathOf, signUp, browserForFile } from './helpers/browser';

const session = browserForFile();
const open = session.open;

async function device(opts?: { desktop?: boolean; profile?: boolean }) {
  const d = opts?.profile ? await newProfileDevice(opts) : await newDevice(session.browser, opts);
  open.push(d);
  return d;
}

const TABS = ['홈', '채팅', '조각', '동네', '나'];

/**
 * Tap a button that reloads the page and wait until the page has reloaded. Buttons
 * stay disabled until React has hydrated them, so the click waits for that itself.
 */
async function tapUntilReloaded(page: Page, button: Locator) {
  await page.evaluate(() => { (window as { beforeTap?: boolean }).beforeTap = true; });
  await button.click();
  await expect
    .poll(() => page.evaluate(() => !(window as { beforeTap?: boolean }).beforeTap).catch(() => false), { timeout: 15_000 })
    .toBe(true);
}

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature). */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('web app manifest', () => {
  it('is served with name, start_url, standalone display and 192/512 PNG icons that load', async () => {
    const { context } = await device();
    const res = await context.request.get('/manifest.webmanifest');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = await res.json();
    expect(manifest.name).toBe('모아');
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');

    const icons = manifest.icons as { src: string; sizes: string; type: string }[];
    for (const size of ['192x192', '512x512']) {
      const icon = icons.find((i) => i.sizes === size && i.type === 'image/png');
      expect(icon, `a ${size} PNG icon`).toBeDefined();
      const img = await context.request.get(new URL(icon!.src, BASE_URL).href);
      expect(img.status(), icon!.src).toBe(200);
      expect(img.headers()['content-type']).toBe('image/png');
      const { width, height } = pngSize(await img.body());
      expect(`${width}x${height}`).toBe(size);
    }
  });
});

describe('service worker and offline', () => {
  it('serves /sw.js, activates it, is installable by Chromium and shows the offline page without a network', async () => {
    // An ordinary (not incognito) profile: Chromium refuses to install from incognito.
    const { context, page } = await device({ profile: true });
    const sw = await context.request.get('/sw.js');
    expect(sw.status()).toBe(200);
    expect(sw.headers()['content-type']).toMatch(/javascript/);

    await signUp(page, newPerson('pwa', '설치'));
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return { state: reg.active?.state, scope: reg.scope, script: reg.active?.scriptURL };
    });
    expect(state).toEqual({ state: 'activated', scope: `${BASE_URL}/`, script: `${BASE_URL}/sw.js` });

    // Chromium's installability check wants the page controlled by the worker.
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const cdp = await context.newCDPSession(page);
    // Chromium fetches the manifest and icons asynchronously; ask until the answer settles.
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, { timeout: 15_000 })
      .toEqual([]);
    await cdp.detach();

    // No network: a navigation shows the cached offline page, styled and working.
    await context.setOffline(true);
    await page.goto('/chat');
    await page.getByRole('heading', { name: '오프라인이에요' }).waitFor();
    expect(await page.title()).toContain('오프라인이에요');
    expect(pathOf(page)).toBe('/chat');
    const retry = page.getByRole('button', { name: '다시 시도' });
    expect(await page.locator('main').evaluate((el) => getComputedStyle(el).display)).toBe('flex');

    // Still offline, 다시 시도 tries again and lands on the offline page again.
    await tapUntilReloaded(page, retry);
    await page.getByRole('heading', { name: '오프라인이에요' }).waitFor();

    // Back online, the offline page reloads by itself into the page the person wanted.
    await context.setOffline(false);
    await page.getByRole('heading', { name: '채팅', exact: true }).waitFor();
    expect(pathOf(page)).toBe('/chat');
  });
});

describe('navigation layout', () => {
  it('is a bottom tab bar of 5 tabs on a phone and a left sidebar on a desktop', async () => {
    const phone = await device();
    const person = newPerson('layout', '배치');
    await signUp(phone.page, person);
    const phoneNav = phone.page.getByRole('navigation', { name: '주 메뉴' });
    await expect(phoneNav.getByRole('link').count()).resolves.toBe(TABS.length);
    for (const name of TABS) expect(await phoneNav.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true);
    const bar = (await phoneNav.boundingBox())!;
    expect(bar.x).toBeCloseTo(0, 0);
    expect(bar.width).toBeCloseTo(PHONE.width, 0);
    expect(bar.y + bar.height).toBeCloseTo(PHONE.height, 0);
    expect(bar.width).toBeGreaterThan(bar.height);
    // The five tabs sit side by side in one row.
    const boxes = await Promise.all(TABS.map(async (name) => (await phoneNav.getByRole('link', { name, exact: true }).boundingBox())!));
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].x).toBeGreaterThan(boxes[i - 1].x);
      expect(boxes[i].y).toBeCloseTo(boxes[0].y, 0);
    }

    const desktop = await device({ desktop: true });
    await desktop.page.goto('/login');
    await logIn(desktop.page, person.loginId, person.password);
    const sideNav = desktop.page.getByRole('navigation', { name: '주 메뉴' });
    await expect(sideNav.getByRole('link').count()).resolves.toBe(TABS.length);
    for (const name of TABS) expect(await sideNav.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true);
    const side = (await sideNav.boundingBox())!;
    expect(side.x).toBeCloseTo(0, 0);
    expect(side.height).toBeGreaterThan(side.width);
    expect(side.width).toBeLessThan(DESKTOP.width / 3);
    // The tabs stack vertically.
    const first = (await sideNav.getByRole('link', { name: '홈', exact: true }).boundingBox())!;
    const last = (await sideNav.getByRole('link', { name: '나', exact: true }).boundingBox())!;
    expect(last.y).toBeGreaterThan(first.y);
    expect(last.x).toBeCloseTo(first.x, 0);
  });
});

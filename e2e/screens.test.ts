// Screenshots of the main screens at 360 px (a small phone) and on a desktop, in Korean
// and English, saved under test-results/screens/ so a layout regression shows up in
// review. Each screen must also fit its width: nothing wider than the viewport.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE_URL, browserForFile } from './helpers/browser';
import { family } from './helpers/family';

const session = browserForFile();
const open = session.open;
const DIR = path.resolve('test-results/screens');

const SIZES = [
  { name: '360', viewport: { width: 360, height: 780 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

async function shoot(page: Page, name: string) {
  // Let images and the first live refetch settle.
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${name} is wider than the screen`).toBeLessThanOrEqual(width);
  await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: true });
}

describe('screens', () => {
  it('main screens at 360 px and desktop, Korean and English', async () => {
    fs.mkdirSync(DIR, { recursive: true });
    const { parent, child, circleId } = await family(session.browser, open);
    const base = `/api/families/${circleId}`;
    const { wish } = await (await child.page.request.post(`${base}/wishes`, { data: { name: '레고 시티 경찰서', source: 'manual' } })).json();
    const { board } = await (await parent.page.request.post(`${base}/boards`, { data: { wishId: wish.id, goal: 31 } })).json();
    await parent.page.request.post(`${base}/boards/${board.id}/grapes`, { data: { count: 5 } });
    await parent.page.request.post(`${base}/missions`, { data: { childId: child.id, title: '화분에 물 주기' } });
    const screens = {
      home: '/',
      chat: '/chat',
      missions: `/circles/${circleId}/missions`,
      board: `/circles/${circleId}/board`,
      wishlist: `/circles/${circleId}/wishlist`,
      calendar: `/circles/${circleId}/calendar`,
      me: '/me',
      notifications: '/me/notifications',
      'not-found': '/no-such-page',
    };
    for (const locale of ['ko', 'en'] as const) {
      await parent.context.addCookies([{ name: 'moa-locale', value: locale, url: BASE_URL }]);
      for (const size of SIZES) {
        await parent.page.setViewportSize(size.viewport);
        for (const [name, url] of Object.entries(screens)) {
          await parent.page.goto(url);
          await shoot(parent.page, `${name}-${size.name}-${locale}`);
        }
      }
    }
    // The child's Home: the bell and the 나 tab carry the unread count (grapes were given).
    for (const size of SIZES) {
      await child.page.setViewportSize(size.viewport);
      await child.page.goto('/');
      await child.page.getByTestId('notification-unread').waitFor();
      await shoot(child.page, `home-child-${size.name}-ko`);
    }
    expect(fs.readdirSync(DIR).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(36);
  }, 600_000);
});

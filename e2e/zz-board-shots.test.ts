// TEMPORARY (not for commit): screenshots for a visual check.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { launchBrowser, newDevice, newPerson, signUp } from './helpers/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('board shots', async () => {
  const p = await newDevice(browser); const c = await newDevice(browser); const d = await newDevice(browser, { desktop: true });
  await signUp(p.page, newPerson('mom', '엄마')); await signUp(c.page, newPerson('kid', '하늘'));
  const made = await (await p.page.request.post('/api/circles', { data: { name: '하늘이네' } })).json();
  await c.page.request.post('/api/circles/join', { data: { code: made.invite.code } });
  const id = made.circle.id;
  const dir = '/work/board-tmp/shots';
  await c.page.goto(`/circles/${id}/board`); await c.page.screenshot({ path: `${dir}/child-board-empty.png`, fullPage: true });
  await c.page.goto(`/circles/${id}/wishlist`); await c.page.screenshot({ path: `${dir}/child-wishlist-empty.png`, fullPage: true });
  for (const sid of ['toys-01', 'dolls-03', 'books-05']) await c.page.request.post(`/api/families/${id}/wishes`, { data: { source: 'bundled', sourceId: sid } });
  await c.page.request.post(`/api/families/${id}/wishes`, { data: { name: '보라색 자전거', price: 120000 } });
  await c.page.getByLabel('선물 검색').fill('인형'); await c.page.waitForTimeout(800);
  await c.page.screenshot({ path: `${dir}/child-wishlist.png`, fullPage: true });
  await p.page.goto(`/circles/${id}/wishlist`);
  await p.page.getByRole('button', { name: '이 선물로 포도판 시작' }).first().click();
  await p.page.screenshot({ path: `${dir}/parent-wishlist.png`, fullPage: true });
  await p.page.getByRole('button', { name: '포도판 시작하기' }).click();
  await p.page.waitForURL(/board/);
  const boards = await (await p.page.request.get(`/api/families/${id}/boards`)).json();
  const bid = boards.children[0].board.id;
  await p.page.request.post(`/api/families/${id}/boards/${bid}/grapes`, { data: { count: 15 } });
  for (let i = 0; i < 11; i++) await c.page.request.post(`/api/families/${id}/boards/${bid}/attach`);
  await c.page.goto(`/circles/${id}/board`); await c.page.waitForTimeout(500);
  await c.page.screenshot({ path: `${dir}/child-board.png`, fullPage: true });
  await p.page.waitForTimeout(500);
  await p.page.screenshot({ path: `${dir}/parent-board.png`, fullPage: true });
  await p.page.request.post(`/api/families/${id}/boards/${bid}/grapes`, { data: { count: 16 } });
  for (let i = 0; i < 20; i++) await c.page.request.post(`/api/families/${id}/boards/${bid}/attach`);
  await c.page.waitForTimeout(800);
  await c.page.screenshot({ path: `${dir}/child-gift-time.png`, fullPage: true });
  await p.page.screenshot({ path: `${dir}/parent-gift-time.png`, fullPage: true });
  await p.page.getByRole('button', { name: '선물을 줬어요' }).click(); await p.page.waitForTimeout(500);
  await p.page.screenshot({ path: `${dir}/parent-history.png`, fullPage: true });
  await signUp(d.page, newPerson('dad', '아빠'));
  await d.page.request.post('/api/circles/join', { data: { code: (await (await p.page.request.post(`/api/circles/${id}/invites`, { data: { role: 'PARENT' } })).json()).invite.code } });
  await d.page.goto(`/circles/${id}/wishlist`); await d.page.screenshot({ path: `${dir}/desktop-wishlist.png`, fullPage: true });
  await d.page.goto(`/circles/${id}/board`); await d.page.screenshot({ path: `${dir}/desktop-board.png`, fullPage: true });
});

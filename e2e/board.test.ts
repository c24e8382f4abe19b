// Wishlist and grape board through the real UI, a parent and a child in two browser
// contexts: search and add a wish, start a board from the wishlist, grapes given and
// attached live on both screens, gift time → gift given → history, another family sees
// nothing, a screen cut off from realtime catches up when it comes back. Also measures how
// fast a change shows on the other screen (printed, not asserted).
import net from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile } from './helpers/browser';
import { family as makeFamily, person as makePerson } from './helpers/family';

const session = browserForFile();
const open = session.open;

const person = (prefix: string, name: string) => makePerson(session.browser, open, prefix, name);
const family = (familyName: string) => makeFamily(session.browser, open, familyName);

const board = (page: Page) => page.getByTestId('grape-board');
const waitBoard = (page: Page, attrs: Record<string, string | number>, timeout?: number) =>
  page.locator(`[data-testid="grape-board"]${Object.entries(attrs).map(([k, v]) => `[data-${k}="${v}"]`).join('')}`).waitFor({ timeout });

describe('wishlist and grape board', () => {
  it('child wishes, parent starts a board, grapes move live both ways, gift time, gift given, history; outsiders see nothing', async () => {
    const { parent, child, circleId } = await family('하늘이네');
    const wishlist = `/circles/${circleId}/wishlist`;
    const boardUrl = `/circles/${circleId}/board`;

    // The parent watches the wishlist while the child fills it.
    await parent.page.goto(wishlist);
    const kidList = parent.page.getByTestId('child-wishlist').filter({ hasText: '하늘의 위시리스트' });
    await kidList.getByText('하늘의 위시리스트가 비어 있어요.', { exact: false }).waitFor();

    await child.page.goto(wishlist);
    await child.page.getByText('아직 담은 선물이 없어요.', { exact: false }).waitFor();
    await child.page.getByLabel('선물 검색', { exact: true }).fill('레고시티');
    await child.page.getByRole('button', { name: '레고 시티 경찰서 위시리스트에 담기' }).click();
    await child.page.getByTestId('my-wishes').getByText('레고 시티 경찰서').waitFor();
    await child.page.getByRole('button', { name: '레고 시티 경찰서 이미 담았어요' }).waitFor();

    // By hand: a bad link is refused with a reason, then fixed.
    await child.page.getByText('찾는 선물이 없나요? 직접 입력하기').click();
    await child.page.getByLabel('선물 이름', { exact: true }).fill('보라색 자전거');
    await child.page.getByLabel('가격 (원)', { exact: true }).fill('120,000');
    await child.page.getByLabel('상품 링크', { exact: true }).fill('javascript:alert(1)');
    await child.page.getByRole('button', { name: '위시리스트에 담기', exact: true }).click();
    await child.page.getByRole('alert').filter({ hasText: '링크는 http:// 또는 https://로 시작하는 주소여야 해요.' }).waitFor();
    await child.page.getByLabel('상품 링크', { exact: true }).fill('https://example.com/bike');
    await child.page.getByRole('button', { name: '위시리스트에 담기', exact: true }).click();
    await child.page.getByTestId('my-wishes').getByText('보라색 자전거').waitFor();

    // Both wishes reached the parent's open page without a reload.
    await kidList.getByText('레고 시티 경찰서').waitFor();
    await kidList.getByText('보라색 자전거').waitFor();
    await kidList.getByText('120,000원').waitFor();

    // The child opens the board page first: nothing yet, and it says what to do.
    await child.page.goto(boardUrl);
    await child.page.getByRole('heading', { name: '아직 포도판이 없어요' }).waitFor();

    const lego = kidList.getByTestId('wish').filter({ hasText: '레고 시티 경찰서' });
    await lego.getByRole('button', { name: '이 선물로 포도판 시작' }).click();
    await lego.getByRole('button', { name: '10', exact: true }).click();
    await lego.getByRole('button', { name: '포도판 시작하기' }).click();
    await parent.page.waitForURL((u) => u.pathname === boardUrl);
    await waitBoard(parent.page, { goal: 10, given: 0 });

    // The board appears on the child's screen live.
    await waitBoard(child.page, { goal: 10, given: 0, attached: 0 });
    await board(child.page).getByText('레고 시티 경찰서').waitFor();
    await child.page.getByText('부모님이 포도알을 주면 여기에 나타나요.', { exact: false }).waitFor();

    // Give one: it waits on the child's board; the child attaches it; the parent sees it.
    await parent.page.getByRole('button', { name: '포도알 1개 주기' }).click();
    await waitBoard(child.page, { given: 1, attached: 0 });
    await child.page.getByText('붙일 포도알 1개').waitFor();
    expect(await child.page.locator('[data-grape="waiting"]').count()).toBe(1);
    await child.page.getByRole('button', { name: '포도알 붙이기' }).click();
    await waitBoard(parent.page, { given: 1, attached: 1 });
    expect(await parent.page.locator('[data-grape="attached"]').count()).toBe(1);
    await parent.page.getByTestId('board-progress').filter({ hasText: '포도알 1/10개' }).waitFor();

    // The rest at once: 9 grapes (never more than fit).
    for (let i = 0; i < 8; i++) await parent.page.getByRole('button', { name: '하나 더' }).click();
    expect(await parent.page.getByRole('button', { name: '하나 더' }).isDisabled()).toBe(true);
    await parent.page.getByRole('button', { name: '포도알 9개 주기' }).click();
    await waitBoard(child.page, { given: 10 });
    await child.page.getByText('붙일 포도알 9개').waitFor();
    for (let i = 0; i < 9; i++) await child.page.getByRole('button', { name: '포도알 붙이기' }).click();

    // Full: gift time on both screens.
    await waitBoard(child.page, { attached: 10, status: 'GIFT_TIME' });
    await waitBoard(parent.page, { attached: 10, status: 'GIFT_TIME' });
    await child.page.getByRole('status').filter({ hasText: '선물 시간!' }).waitFor();
    await parent.page.getByRole('status').filter({ hasText: '선물 시간!' }).waitFor();
    expect(await child.page.getByRole('button', { name: '선물을 줬어요' }).count()).toBe(0);

    // The parent hands it over: the board moves to history on both screens.
    await parent.page.getByRole('button', { name: '선물을 줬어요' }).click();
    for (const page of [parent.page, child.page]) {
      await page.getByTestId('board-history').getByText('레고 시티 경찰서').waitFor();
      await page.getByTestId('no-board').waitFor();
    }
    await child.page.goto(wishlist);
    await child.page.getByTestId('wish').filter({ hasText: '레고 시티 경찰서' }).getByText('받았어요').waitFor();

    // The family calendar shows the day: all ten grapes earned and the gift, for both.
    const today = (await (await parent.page.request.get(`/api/families/${circleId}/calendar`)).json()).today as string;
    for (const page of [parent.page, child.page]) {
      await page.goto(`/circles/${circleId}/calendar`);
      await page.getByRole('heading', { name: `${Number(today.slice(0, 4))}년 ${Number(today.slice(5, 7))}월` }).waitFor();
      await page.getByTestId(`day-${today}`).getByText(/포도알 10개 · 선물: 레고 시티 경찰서$/).waitFor({ state: 'attached' });
      await page.getByTestId('calendar-day').filter({ hasText: '포도알 10개 · 선물: 레고 시티 경찰서' }).waitFor();
      await page.getByText('이번 달: 포도알 10개 · 미션 0개 · 선물 1개').waitFor();
    }

    // The notification center kept the news: grapes for the child, gift time for both.
    await child.page.goto('/me/notifications');
    for (const title of ['포도알 1개를 받았어요!', '포도알 9개를 받았어요!', '선물 시간!']) {
      await child.page.getByTestId('notification-item').filter({ hasText: title }).waitFor();
    }
    await parent.page.goto('/me/notifications');
    await parent.page.getByTestId('notification-item').filter({ hasText: '선물 시간!' }).waitFor();
    expect(await parent.page.getByTestId('notification-item').filter({ hasText: '포도알' }).count()).toBe(0);

    // Another family sees none of it: pages and API answer 404, the channel is refused.
    const other = await person('dad', '아빠');
    expect((await other.page.request.post('/api/circles', { data: { name: '옆집' } })).status()).toBe(201);
    const res = await other.page.goto(boardUrl);
    expect(res?.status()).toBe(404);
    expect((await other.page.goto(wishlist))?.status()).toBe(404);
    for (const path of [`/api/families/${circleId}/boards`, `/api/families/${circleId}/wishes`]) {
      expect((await other.page.request.get(path)).status()).toBe(404);
    }
    const auth = await other.page.request.post('/api/realtime/auth', { form: { socket_id: '123.456', channel_name: `private-circle-${circleId}` } });
    expect(auth.status()).toBe(403);
  });
});

/** Percentile of a list of numbers (nearest rank). */
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** Remember, in the page, when the last click happened (capture phase: before React sees it). */
const recordClicks = (page: Page) =>
  page.evaluate(() => {
    document.addEventListener('click', () => ((window as unknown as { lastClick: number }).lastClick = performance.timeOrigin + performance.now()), true);
  });
const lastClick = (page: Page) => page.evaluate(() => (window as unknown as { lastClick: number }).lastClick);

/** Record, in the page, when the board's `data-<attr>` first shows each value. */
function watch(page: Page, attr: 'given' | 'attached') {
  return page.evaluate((name) => {
    const w = window as unknown as { seen: Record<string, number> };
    w.seen = {};
    const el = document.querySelector('[data-testid="grape-board"]')!;
    new MutationObserver(() => {
      const v = el.getAttribute(`data-${name}`)!;
      w.seen[v] ??= performance.timeOrigin + performance.now();
    }).observe(el, { attributes: true, attributeFilter: [`data-${name}`] });
  }, attr);
}
const seenAt = (page: Page, value: number) => page.evaluate((v) => (window as unknown as { seen: Record<string, number> }).seen[String(v)], value);

describe('grape board latency', () => {
  it('30 gives and 30 attaches, each timed from the click to the other screen (p50/p95 printed)', async () => {
    const { parent, child, circleId } = await family('측정네');
    const wish = await child.page.request.post(`/api/families/${circleId}/wishes`, { data: { source: 'bundled', sourceId: 'boardgames-01' } });
    const started = await parent.page.request.post(`/api/families/${circleId}/boards`, { data: { wishId: (await wish.json()).wish.id, goal: 31 } });
    expect(started.status()).toBe(201);
    await Promise.all([parent.page.goto(`/circles/${circleId}/board`), child.page.goto(`/circles/${circleId}/board`)]);
    await Promise.all([waitBoard(parent.page, { given: 0 }), waitBoard(child.page, { given: 0 })]);
    // Both pages subscribed (a first change round-trips) before timing starts.
    await parent.page.getByRole('button', { name: '포도알 1개 주기' }).click();
    await waitBoard(child.page, { given: 1 });
    await child.page.getByRole('button', { name: '포도알 붙이기' }).click();
    await waitBoard(parent.page, { attached: 1 });

    await Promise.all([recordClicks(parent.page), recordClicks(child.page), watch(child.page, 'given'), watch(parent.page, 'attached')]);
    const giveMs: number[] = [];
    for (let n = 2; n <= 31; n++) {
      await parent.page.getByRole('button', { name: '포도알 1개 주기' }).click();
      await waitBoard(child.page, { given: n });
      giveMs.push((await seenAt(child.page, n)) - (await lastClick(parent.page)));
    }

    const attachMs: number[] = [];
    for (let n = 2; n <= 31; n++) {
      await child.page.getByRole('button', { name: '포도알 붙이기' }).click();
      await waitBoard(parent.page, { attached: n });
      attachMs.push((await seenAt(parent.page, n)) - (await lastClick(child.page)));
    }
    await waitBoard(child.page, { status: 'GIFT_TIME' });

    const line = (name: string, xs: number[]) =>
      `${name}: n=${xs.length} p50=${pct(xs, 50).toFixed(1)} ms p95=${pct(xs, 95).toFixed(1)} ms max=${Math.max(...xs).toFixed(1)} ms`;
    console.log(`[board latency] ${line('parent click → grape on child screen', giveMs)}`);
    console.log(`[board latency] ${line('child tap → grape attached on parent screen', attachMs)}`);
    expect(giveMs).toHaveLength(30);
    expect(attachMs).toHaveLength(30);
    expect(giveMs.every((x) => x > 0)).toBe(true);
  });
});

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });

/** Stop or start the run's Soketi (npm test listens for SIGUSR1/SIGUSR2). */
async function soketi(state: 'down' | 'up') {
  process.kill(Number(process.env.MOA_TEST_CONTROL_PID), state === 'down' ? 'SIGUSR1' : 'SIGUSR2');
  await expect.poll(() => portOpen(Number(process.env.MOA_SOKETI_PORT)), { timeout: 20_000 }).toBe(state === 'up');
}

describe('grape board catch-up', () => {
  it('grapes given while the realtime server was down appear once it is back, without a reload', async () => {
    expect(Number(process.env.MOA_TEST_CONTROL_PID), 'run through npm test').toBeGreaterThan(0);
    const { parent, child, circleId } = await family('재연결네');
    const wish = await child.page.request.post(`/api/families/${circleId}/wishes`, { data: { source: 'bundled', sourceId: 'sports-01' } });
    const started = await parent.page.request.post(`/api/families/${circleId}/boards`, { data: { wishId: (await wish.json()).wish.id, goal: 10 } });
    const boardId = (await started.json()).board.id;
    await child.page.goto(`/circles/${circleId}/board`);
    await waitBoard(child.page, { given: 0 });
    await soketi('down');
    try {
      const gave = await parent.page.request.post(`/api/families/${circleId}/boards/${boardId}/grapes`, { data: { count: 3 } });
      expect(gave.status()).toBe(200);
      await child.page.waitForTimeout(500);
      expect(await board(child.page).getAttribute('data-given')).toBe('0');
    } finally {
      await soketi('up');
    }
    // pusher-js reconnects with back-off, then the board refetches once.
    await waitBoard(child.page, { given: 3 }, 45_000);
    await child.page.getByText('붙일 포도알 3개').waitFor();
  });
});

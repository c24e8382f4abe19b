// Family screens stay current (issue 13), a parent and a child in two browser contexts:
// each screen is visited, left for another screen in the app, changed by the other
// person meanwhile, and reached again by a client-side link (no reload), where it must
// show the change: missions, board, wishlist, calendar, chat list and notifications.
// Then the mission cards, the grape controls and the not-found page.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile } from './helpers/browser';
import { family } from './helpers/family';

const session = browserForFile();
const open = session.open;

const tools = (page: Page, name: '포도판' | '미션' | '위시리스트' | '달력') =>
  page.getByRole('navigation', { name: '가족 도구' }).getByRole('link', { name, exact: true }).click();
// 채팅's name carries its unread count ("채팅 읽지 않은 메시지 1개").
const tab = (page: Page, name: '홈' | '채팅' | '나') =>
  page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: new RegExp(`^${name}`) }).first().click();
const path = (page: Page) => new URL(page.url()).pathname;
const waitPath = (page: Page, p: string) => page.waitForURL((u) => u.pathname === p);
const run = (page: Page | Locator, title: string) => page.getByTestId('mission-run').filter({ hasText: title });
const section = (page: Page, name: string) => page.getByRole('region', { name });

async function api(page: Page, method: 'post' | 'get', url: string, data?: unknown) {
  const res = await page.request[method](url, data === undefined ? undefined : { data });
  expect(res.status(), `${method} ${url}`).toBeLessThan(300);
  return res.json();
}

async function boardWith(parent: Page, child: Page, circleId: string, goal = 31) {
  const { wish } = await api(child, 'post', `/api/families/${circleId}/wishes`, { name: '레고 시티 경찰서', source: 'manual' });
  const { board } = await api(parent, 'post', `/api/families/${circleId}/boards`, { wishId: wish.id, goal });
  return board.id as string;
}

describe('family screens are current on every visit', () => {
  it('missions, board, wishlist and calendar show what changed while the viewer was on another screen', async () => {
    const { parent, child, circleId } = await family(session.browser, open);
    const base = `/api/families/${circleId}`;
    const boardId = await boardWith(parent.page, child.page, circleId);

    // Missions: the child looked once, went to the board; the parent adds one meanwhile.
    await child.page.goto(`/circles/${circleId}/missions`);
    await section(child.page, '오늘 할 미션').getByText('오늘 할 미션이 없어요', { exact: false }).waitFor();
    await tools(child.page, '포도판');
    await waitPath(child.page, `/circles/${circleId}/board`);
    const { mission } = await api(parent.page, 'post', `${base}/missions`, { childId: child.id, title: '화분에 물 주기' });
    await tools(child.page, '미션');
    await run(child.page, '화분에 물 주기').waitFor();

    // The parent's approvals: seen once empty, the child submits while the parent is away.
    await parent.page.goto(`/circles/${circleId}/missions`);
    await section(parent.page, '승인 기다리는 중').getByText('승인할 미션이 없어요', { exact: false }).waitFor();
    await tools(parent.page, '위시리스트');
    await waitPath(parent.page, `/circles/${circleId}/wishlist`);
    const today = (await api(child.page, 'get', `${base}/missions`)).today as string;
    await api(child.page, 'post', `${base}/missions/${mission.id}/runs/${today}/submit`, {});
    await tools(parent.page, '미션');
    await run(section(parent.page, '승인 기다리는 중'), '화분에 물 주기').waitFor();

    // Board: grapes given while the child was on the missions screen.
    await tools(child.page, '포도판');
    await child.page.locator('[data-testid="grape-board"][data-given="0"]').waitFor();
    await tools(child.page, '미션');
    await waitPath(child.page, `/circles/${circleId}/missions`);
    await api(parent.page, 'post', `${base}/boards/${boardId}/grapes`, { count: 4 });
    await tools(child.page, '포도판');
    await child.page.locator('[data-testid="grape-board"][data-given="4"]').waitFor();

    // Wishlist: the child adds a wish while the parent looks at the missions.
    await tools(parent.page, '위시리스트');
    await parent.page.getByTestId('child-wishlist').waitFor();
    await tools(parent.page, '미션');
    await waitPath(parent.page, `/circles/${circleId}/missions`);
    await api(child.page, 'post', `${base}/wishes`, { name: '보라색 자전거', source: 'manual' });
    await tools(parent.page, '위시리스트');
    await parent.page.getByTestId('child-wishlist').getByText('보라색 자전거').waitFor();

    // Calendar: the day's grapes, given while the child was on the board.
    await tools(child.page, '달력');
    await child.page.getByTestId(`day-${today}`).getByText(/포도알 4개/).waitFor({ state: 'attached' });
    await tools(child.page, '포도판');
    await waitPath(child.page, `/circles/${circleId}/board`);
    await api(parent.page, 'post', `${base}/boards/${boardId}/grapes`, { count: 3 });
    await tools(child.page, '달력');
    await child.page.getByTestId(`day-${today}`).getByText(/포도알 7개/).waitFor({ state: 'attached' });
    expect(path(child.page)).toBe(`/circles/${circleId}/calendar`);
  });

  it('the chat list and the notification center (bell on Home, badge on 나) show what came while away', async () => {
    const { parent, child, circleId } = await family(session.browser, open);
    const { circle } = await api(child.page, 'get', `/api/circles/${circleId}`);
    const boardId = await boardWith(parent.page, child.page, circleId, 10);

    await child.page.goto('/chat');
    await child.page.getByRole('link', { name: /하늘이네/ }).first().waitFor();
    await tab(child.page, '홈');
    await waitPath(child.page, '/');
    await api(parent.page, 'post', `/api/rooms/${circle.roomId}/messages`, { kind: 'TEXT', clientId: crypto.randomUUID(), body: '저녁 먹자' });
    await tab(child.page, '채팅');
    await child.page.getByText('저녁 먹자').first().waitFor();

    // Notifications: looked at once, then grapes arrive while the child is in the chat.
    await child.page.goto('/me/notifications');
    await child.page.getByRole('heading', { name: '알림' }).first().waitFor();
    await tab(child.page, '채팅');
    await waitPath(child.page, '/chat');
    await api(parent.page, 'post', `/api/families/${circleId}/boards/${boardId}/grapes`, { count: 2 });
    // The 나 tab carries the count (its name stays "나"); Home's bell says it too.
    await child.page.getByTestId('tab-notifications').filter({ hasText: /^\d+$/ }).waitFor();
    await tab(child.page, '홈');
    const bell = child.page.getByTestId('notification-bell');
    await bell.getByTestId('notification-unread').waitFor();
    expect(await bell.getAttribute('aria-label')).toMatch(/^알림, 읽지 않은 알림 \d+개$/);
    await bell.click();
    await waitPath(child.page, '/me/notifications');
    await child.page.getByTestId('notification-item').filter({ hasText: '포도알 2개를 받았어요!' }).waitFor();
  });
});

describe('mission cards and grape controls', () => {
  it('a rejected mission shows no "sent" note, a submitted one-off is listed once; grapes by number and all at once; no cancel on a full board', async () => {
    const { parent, child, circleId } = await family(session.browser, open);
    const base = `/api/families/${circleId}`;
    await api(parent.page, 'post', `${base}/missions`, { childId: child.id, title: '방 정리' });
    await child.page.goto(`/circles/${circleId}/missions`);
    await run(child.page, '방 정리').getByRole('button', { name: '다 했어요' }).click();
    await child.page.getByRole('status').filter({ hasText: '부모님께 보냈어요' }).waitFor();

    await parent.page.goto(`/circles/${circleId}/missions`);
    await run(section(parent.page, '승인 기다리는 중'), '방 정리').waitFor();
    expect(await section(parent.page, '진행 중인 미션').getByText('방 정리').count()).toBe(0);
    const card = run(parent.page, '방 정리');
    await card.getByRole('button', { name: '반려', exact: true }).click();
    await card.getByLabel('반려 이유').fill('책상 위도 치워요');
    await card.getByRole('button', { name: '반려하기' }).click();
    await section(parent.page, '진행 중인 미션').getByText('방 정리').waitFor();

    await run(child.page, '방 정리').getByText('책상 위도 치워요', { exact: false }).waitFor();
    expect(await child.page.getByText('부모님께 보냈어요. 승인을 기다려요!').count()).toBe(0);

    // 28 grapes: typed once, not 27 taps; the child attaches them all at once.
    const boardId = await boardWith(parent.page, child.page, circleId, 31);
    await parent.page.goto(`/circles/${circleId}/board`);
    const count = parent.page.getByLabel('줄 포도알 개수');
    await count.fill('28');
    await parent.page.getByRole('button', { name: '포도알 28개 주기' }).click();
    await parent.page.locator('[data-testid="grape-board"][data-given="28"]').waitFor();
    await parent.page.getByRole('button', { name: '남은 3개 모두' }).click();
    expect(await count.inputValue()).toBe('3');
    await child.page.goto(`/circles/${circleId}/board`);
    await child.page.getByRole('button', { name: '모두 붙이기 (28개)' }).click();
    await child.page.locator('[data-testid="grape-board"][data-attached="28"]').waitFor();
    await parent.page.getByRole('button', { name: '포도알 3개 주기' }).click();
    await child.page.getByRole('button', { name: '모두 붙이기 (3개)' }).click();
    await parent.page.locator('[data-testid="grape-board"][data-status="GIFT_TIME"]').waitFor();
    await parent.page.getByRole('button', { name: '선물을 줬어요' }).waitFor();
    expect(await parent.page.getByRole('button', { name: '포도판 취소' }).count()).toBe(0);
    expect((await api(parent.page, 'get', `${base}/boards/${boardId}`)).board).toMatchObject({ attached: 31, status: 'GIFT_TIME' });
  });

  it('unknown and forbidden pages say so in Korean, with a way home', async () => {
    const { parent } = await family(session.browser, open);
    for (const url of ['/no-such-page', '/circles/cl0000000000000000000000/missions']) {
      const res = await parent.page.goto(url);
      expect(res?.status()).toBe(404);
      await parent.page.getByRole('heading', { name: '페이지를 찾을 수 없어요' }).waitFor();
      expect(await parent.page.getByText('This page could not be found').count()).toBe(0);
    }
    await parent.page.getByRole('link', { name: '홈으로 가기' }).click();
    await waitPath(parent.page, '/');
  });
});

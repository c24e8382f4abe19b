// The family on Home and a board started by mistake, a parent and a child in two browser
// contexts: the family card shows each child's board progress and today's missions and
// follows changes live; a parent cancels a board (with a confirm step), the child's open
// board empties live, the gift is back on the wishlist, and a new board starts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile } from './helpers/browser';
import { family as makeFamily } from './helpers/family';
import { addDays } from '@/lib/missions/schedule';

const session = browserForFile();
const open = session.open;

const family = () => makeFamily(session.browser, open);

const api = (circleId: string) => `/api/families/${circleId}`;
const card = (page: Page) => page.getByTestId('family-child-summary').filter({ hasText: '하늘' });
const waitCard = (page: Page, attrs: Record<string, string | number>) =>
  page.locator(`[data-testid="family-child-summary"]${Object.entries(attrs).map(([k, v]) => `[data-${k}="${v}"]`).join('')}`).waitFor();

describe('family on Home', () => {
  it('the family card shows the child\'s board progress and today\'s missions, and follows grapes and missions live', async () => {
    const { parent, child, circleId } = await family();
    await Promise.all([parent.page.goto('/'), child.page.goto('/')]);
    for (const page of [parent.page, child.page]) {
      await card(page).getByText('진행 중인 포도판이 없어요').waitFor();
      await card(page).getByText('오늘 할 미션 없음').waitFor();
    }

    const wish = await (await child.page.request.post(`${api(circleId)}/wishes`, { data: { source: 'bundled', sourceId: 'toys-01' } })).json();
    const started = await parent.page.request.post(`${api(circleId)}/boards`, { data: { wishId: wish.wish.id, goal: 10 } });
    expect(started.status()).toBe(201);
    const boardId = (await started.json()).board.id as string;
    // Started while both look at Home: the gift and an empty bunch appear without a reload.
    for (const page of [parent.page, child.page]) {
      await waitCard(page, { given: 0, attached: 0, goal: 10 });
      await card(page).getByText('포도판: 레고 시티 경찰서').waitFor();
    }

    expect((await parent.page.request.post(`${api(circleId)}/boards/${boardId}/grapes`, { data: { count: 3 } })).status()).toBe(200);
    await waitCard(child.page, { given: 3, attached: 0 });
    expect((await child.page.request.post(`${api(circleId)}/boards/${boardId}/attach`)).status()).toBe(200);
    await waitCard(parent.page, { given: 3, attached: 1 });
    await card(parent.page).getByText('포도알 1/10개 붙임 · 받은 포도알 3개').waitFor();
    await card(parent.page).getByRole('progressbar', { name: '하늘의 포도판' }).waitFor();

    // Two missions for today and one for later: the card counts today's.
    const today = (await (await parent.page.request.get(`${api(circleId)}/missions`)).json()).today as string;
    for (const body of [{ title: '이불 개기' }, { title: '책 읽기' }, { title: '대청소', startsOn: addDays(today, 3) }]) {
      expect((await parent.page.request.post(`${api(circleId)}/missions`, { data: { childId: child.id, ...body } })).status()).toBe(201);
    }
    for (const page of [parent.page, child.page]) {
      await waitCard(page, { missions: 2 });
      await card(page).getByText('오늘 할 미션 2개').waitFor();
    }

    // A fresh load shows the same (server-rendered), and the card leads to the family.
    await child.page.reload();
    await waitCard(child.page, { given: 3, attached: 1, goal: 10, missions: 2 });
    await child.page.getByTestId('circle-card').click();
    await child.page.waitForURL((u) => u.pathname === `/circles/${circleId}`);
  });
});

describe('cancelling a board started by mistake', () => {
  it('asks first, empties the child\'s open board live, puts the gift back on the wishlist, and lets a new board start', async () => {
    const { parent, child, circleId } = await family();
    const wishes = [];
    for (const sourceId of ['toys-01', 'books-01']) {
      wishes.push((await (await child.page.request.post(`${api(circleId)}/wishes`, { data: { source: 'bundled', sourceId } })).json()).wish);
    }
    const started = await parent.page.request.post(`${api(circleId)}/boards`, { data: { wishId: wishes[0].id, goal: 10 } });
    const boardId = (await started.json()).board.id as string;
    expect((await parent.page.request.post(`${api(circleId)}/boards/${boardId}/grapes`, { data: { count: 2 } })).status()).toBe(200);

    const boardUrl = `/circles/${circleId}/board`;
    await Promise.all([parent.page.goto(boardUrl), child.page.goto(boardUrl)]);
    await Promise.all([parent.page, child.page].map((p) => p.locator('[data-testid="grape-board"][data-given="2"]').waitFor()));
    // The child has no way to cancel.
    expect(await child.page.getByRole('button', { name: '포도판 취소' }).count()).toBe(0);

    // The parent changes their mind at the confirm step first: nothing happens.
    await parent.page.getByRole('button', { name: '포도판 취소' }).click();
    const confirm = parent.page.getByRole('group', { name: `하늘의 ‘${wishes[0].name}’ 포도판을 취소할까요?` });
    await confirm.getByText('이미 준 포도알 2개는 달력에 받은 포도알로 남지만', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: '그대로 두기' }).click();
    expect(await parent.page.getByTestId('grape-board').count()).toBe(1);

    await parent.page.getByRole('button', { name: '포도판 취소' }).click();
    await parent.page.getByRole('button', { name: '포도판 취소하기' }).click();
    for (const page of [parent.page, child.page]) {
      await page.getByTestId('no-board').waitFor();
      expect(await page.getByTestId('grape-board').count()).toBe(0);
    }
    // Not a gift: the history stays empty.
    await child.page.getByText('아직 다 채운 포도판이 없어요.', { exact: false }).waitFor();

    // The gift is back on the child's wishlist as not given; the parent starts the right one.
    await child.page.goto(`/circles/${circleId}/wishlist`);
    const back = child.page.getByTestId('wish').filter({ hasText: wishes[0].name });
    await back.waitFor();
    expect(await back.getByText('받았어요').count()).toBe(0);
    await parent.page.goto(`/circles/${circleId}/wishlist`);
    const right = parent.page.getByTestId('wish').filter({ hasText: wishes[1].name });
    await right.getByRole('button', { name: '이 선물로 포도판 시작' }).click();
    await right.getByRole('button', { name: '포도판 시작하기' }).click();
    await parent.page.waitForURL((u) => u.pathname === boardUrl);
    await parent.page.locator('[data-testid="grape-board"][data-given="0"][data-goal="31"]').waitFor();
    await parent.page.getByTestId('grape-board').getByText(wishes[1].name).waitFor();
  });
});

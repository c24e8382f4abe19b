// Missions through the real UI, a parent and a child in two browser contexts: a
// scheduled mission that appears only when the server clock reaches its day, a mission
// done with a photo and approved (the grape lands on the child's open board), a
// rejection the child reads, suggestions added with one tap, the calendar, and another
// family that sees none of it.
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { newDevice, newPerson, signUp, browserForFile, setServerClock } from './helpers/browser';
import { addDays } from '@/lib/missions/schedule';

const session = browserForFile();
const open = session.open;
afterEach(async () => {
  await setServerClock(0);
});
afterAll(async () => {
  await setServerClock(0);
});
const DAY = 24 * 60 * 60 * 1000;

async function person(prefix: string, name: string, opts?: { desktop?: boolean }) {
  const d = await newDevice(session.browser, opts);
  open.push(d.context);
  await signUp(d.page, newPerson(prefix, name));
  return d;
}

type Person = Awaited<ReturnType<typeof person>>;

/** The family is made through the API with each person's own session (the circles e2e covers the forms). */
async function family(parentName = '김엄마', childName = '김하늘') {
  const [parent, child] = await Promise.all([person('mom', parentName, { desktop: true }), person('kid', childName)]);
  const created = await parent.page.request.post('/api/circles', { data: { name: '하늘이네' } });
  const { circle, invite } = await created.json();
  expect((await child.page.request.post('/api/circles/join', { data: { code: invite.code } })).status()).toBe(200);
  return { parent, child, circleId: circle.id as string };
}

const missionsPage = (circleId: string) => `/circles/${circleId}/missions`;
const section = (page: Page, name: string) => page.getByRole('region', { name });
const run = (scope: Page | Locator, title: string) => scope.getByTestId('mission-run').filter({ hasText: title });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

async function createMission(page: Page, fields: { title: string; reward?: number; startsOn?: string }) {
  await page.getByRole('button', { name: '새 미션 만들기' }).click();
  await page.getByLabel('미션 이름', { exact: true }).fill(fields.title);
  if (fields.reward) await page.getByLabel('포도알 보상', { exact: true }).selectOption(String(fields.reward));
  if (fields.startsOn) await page.getByLabel('시작 날짜 (선택)', { exact: true }).fill(fields.startsOn);
  await page.getByRole('button', { name: '미션 만들기', exact: true }).click();
  await status(page, `‘${fields.title}’ 미션을`);
}

async function todayOnServer(p: Person, circleId: string) {
  return (await (await p.page.request.get(`/api/families/${circleId}/missions`)).json()).today as string;
}

describe('missions', () => {
  it('a scheduled mission is hidden from the child until the server clock reaches its day; a new one appears live', async () => {
    const { parent, child, circleId } = await family();
    await Promise.all([parent.page.goto(missionsPage(circleId)), child.page.goto(missionsPage(circleId))]);
    await section(child.page, '오늘 할 미션').getByText('오늘 할 미션이 없어요. 푹 쉬어요!').waitFor();
    const today = await todayOnServer(parent, circleId);

    await createMission(parent.page, { title: '토요일 대청소', startsOn: addDays(today, 2), reward: 3 });
    await status(parent.page, `‘토요일 대청소’ 미션을 예약했어요. ${Number(addDays(today, 2).slice(5, 7))}월 ${Number(addDays(today, 2).slice(8))}일`);
    await section(parent.page, '예약됨').getByText('토요일 대청소').waitFor();
    await createMission(parent.page, { title: '이불 개기' });
    // The child's open page shows today's mission at once, and never the scheduled one.
    await run(section(child.page, '오늘 할 미션'), '이불 개기').waitFor();
    await child.page.reload();
    await run(child.page, '이불 개기').waitFor();
    expect(await child.page.getByText('토요일 대청소').count()).toBe(0);

    await setServerClock(DAY);
    await child.page.reload();
    await run(child.page, '이불 개기').waitFor();
    expect(await child.page.getByText('토요일 대청소').count()).toBe(0);

    await setServerClock(2 * DAY);
    await child.page.reload();
    await run(section(child.page, '오늘 할 미션'), '토요일 대청소').getByText('포도알 3개').waitFor();
    await parent.page.reload();
    await section(parent.page, '예약됨').getByText('예약된 미션이 없어요.', { exact: false }).waitFor();
  });

  it('done with a photo → approved → the grape lands on the child\'s open board; a rejection reaches the child; the calendar shows the day', async () => {
    const { parent, child, circleId } = await family();
    const wish = await (await child.page.request.post(`/api/families/${circleId}/wishes`, { data: { name: '공룡 퍼즐' } })).json();
    expect((await parent.page.request.post(`/api/families/${circleId}/boards`, { data: { wishId: wish.wish.id, goal: 10 } })).status()).toBe(201);
    await Promise.all([parent.page.goto(missionsPage(circleId)), child.page.goto(missionsPage(circleId))]);
    const board = await child.context.newPage();
    await board.goto(`/circles/${circleId}/board`);
    await board.locator('[data-testid="grape-board"][data-given="0"]').waitFor();

    await createMission(parent.page, { title: '방 청소', reward: 2 });
    await createMission(parent.page, { title: '책 20분 읽기' });
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#7444b4' } }).png().toBuffer();
    const clean = run(child.page, '방 청소');
    await clean.getByLabel('사진 첨부 (선택)').setInputFiles({ name: 'room.png', mimeType: 'image/png', buffer: photo });
    await clean.getByRole('button', { name: '다 했어요' }).click();
    await status(child.page, '부모님께 보냈어요. 승인을 기다려요!');
    await run(child.page, '책 20분 읽기').getByRole('button', { name: '다 했어요' }).click();
    await section(child.page, '승인 기다리는 중').getByText('책 20분 읽기').waitFor();

    const waiting = section(parent.page, '승인 기다리는 중');
    const cleanOnParent = waiting.getByTestId('mission-run').filter({ hasText: '방 청소' });
    await cleanOnParent.getByRole('img', { name: '‘방 청소’ 미션 사진' }).waitFor();
    await cleanOnParent.getByRole('button', { name: '승인' }).click();
    await status(parent.page, '승인했어요! 김하늘의 포도판에 포도알 2개를 줬어요.');
    // The child's board, open in another tab, fills without a reload.
    await board.locator('[data-testid="grape-board"][data-given="2"]').waitFor();
    await section(child.page, '완료한 미션').getByText('포도알 2개를 받았어요').waitFor();

    const read = waiting.getByTestId('mission-run').filter({ hasText: '책 20분 읽기' });
    await read.getByRole('button', { name: '반려' }).click();
    await read.getByLabel('반려 이유').fill('끝까지 읽고 줄거리를 말해 줘');
    await read.getByRole('button', { name: '반려하기' }).click();
    const back = run(child.page, '책 20분 읽기');
    await back.getByText('다시 해 볼까요? 이유: 끝까지 읽고 줄거리를 말해 줘').waitFor();
    await back.getByRole('button', { name: '다시 했어요' }).waitFor();

    const today = await todayOnServer(parent, circleId);
    await parent.page.goto(`/circles/${circleId}/calendar`);
    const cell = parent.page.getByTestId(`day-${today}`);
    await cell.getByText(/포도알 2개 · 미션 1개 완료/).waitFor({ state: 'attached' });
    await parent.page.getByTestId('calendar-day').filter({ hasText: '포도알 2개 · 미션 1개 완료' }).waitFor();
    const [y, m] = today.split('-').map(Number);
    await parent.page.getByRole('heading', { name: `${y}년 ${m}월` }).waitFor();
    await parent.page.getByRole('button', { name: '이전 달' }).click();
    await parent.page.getByRole('heading', { name: m === 1 ? `${y - 1}년 12월` : `${y}년 ${m - 1}월` }).waitFor();
    await parent.page.getByLabel('연도').selectOption(String(y - 1));
    await parent.page.getByRole('button', { name: '오늘', exact: true }).click();
    await parent.page.getByRole('heading', { name: `${y}년 ${m}월` }).waitFor();
    await cell.getByText(/포도알 2개/).waitFor({ state: 'attached' });
  });

  it('offline suggestions add a mission with one tap; another family sees none of it', async () => {
    const { parent, child, circleId } = await family();
    const other = await person('other', '남의부모');
    await Promise.all([parent.page.goto(missionsPage(circleId)), child.page.goto(missionsPage(circleId))]);
    await parent.page.getByRole('button', { name: '미션 추천', exact: true }).click();
    expect(await parent.page.getByText('AI 미션 추천').count()).toBe(0);
    await parent.page.getByLabel('아이 나이').selectOption('6');
    await parent.page.getByLabel('장소').selectOption('home');
    await parent.page.getByLabel('분야').selectOption('chores');
    await parent.page.getByRole('button', { name: '추천 받기', exact: true }).click();
    await parent.page.getByText('미션 추천 목록에서 골랐어요.').waitFor();
    const suggestions = parent.page.getByTestId('suggestion');
    await expect.poll(() => suggestions.count()).toBe(5);
    const title = (await suggestions.first().locator('p').first().textContent())!.trim();
    await parent.page.getByRole('button', { name: `‘${title}’ 미션 추가`, exact: true }).click();
    await parent.page.getByRole('button', { name: `‘${title}’ 미션 추가됨` }).waitFor();
    await section(parent.page, '진행 중인 미션').getByText(title, { exact: true }).waitFor();
    await run(child.page, title).waitFor();

    // Another family's parent: the page is not found, the API says 404, nothing leaks.
    const res = await other.page.goto(missionsPage(circleId));
    expect(res?.status()).toBe(404);
    expect(await other.page.getByText(title).count()).toBe(0);
    expect((await other.page.request.get(`/api/families/${circleId}/missions`)).status()).toBe(404);
    expect((await other.page.request.get(`/api/families/${circleId}/calendar`)).status()).toBe(404);
    expect((await other.page.goto(`/circles/${circleId}/calendar`))?.status()).toBe(404);
  });
});

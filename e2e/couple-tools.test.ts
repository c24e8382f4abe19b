// The couple service's own test script, replayed in two browsers (one context per
// partner): keyword questions that gate both until each answers, a partner who logs
// out with a question open, the answer archive, the word ranking with an exclusion,
// and the calendar with D-Days, several events on a day and month/year navigation.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, kstDay } from '@/lib/missions/schedule';
import { browserForFile, logIn, newDevice, newPerson, setServerClock, signUp, waitForPath} from './helpers/browser';

const session = browserForFile();
afterEach(() => setServerClock(0));

async function person(prefix: string, name: string, desktop = false) {
  const d = await newDevice(session.browser, { desktop });
  session.open.push(d.context);
  const who = newPerson(prefix, name);
  await signUp(d.page, who);
  return { ...d, who };
}
type P = Awaited<ReturnType<typeof person>>;

const composer = (page: Page) => page.getByLabel('메시지 입력', { exact: true });
const gate = (page: Page) => page.getByTestId('question-gate');
const cards = (page: Page) => page.getByTestId('question-card');

async function connect(a: P, b: P) {
  await a.page.getByLabel('상대 아이디', { exact: true }).fill(b.who.loginId);
  await a.page.getByRole('button', { name: '요청 보내기' }).click();
  await b.page.getByRole('button', { name: `${a.who.displayName}님의 요청 수락` }).click();
  await a.page.getByTestId('circle-card').filter({ hasText: `${b.who.displayName}님과 커플` }).waitFor();
}

/** From Home: the couple card, then its room. Returns the couple page's path. */
async function openRoom(p: P) {
  await p.page.getByTestId('circle-card').first().click();
  await p.page.getByRole('link', { name: '채팅방 열기' }).waitFor();
  const couplePath = new URL(p.page.url()).pathname;
  await p.page.getByRole('link', { name: '채팅방 열기' }).click();
  await composer(p.page).waitFor();
  return couplePath;
}

async function say(p: P, text: string) {
  await composer(p.page).fill(text);
  await composer(p.page).press('Enter');
  await p.page.getByTestId('timeline').getByText(text, { exact: true }).last().waitFor();
}

async function answerInGate(p: P, text: string) {
  await gate(p.page).getByLabel('질문에 대한 내 답').fill(text);
  await gate(p.page).getByRole('button', { name: '답하기' }).click();
  await gate(p.page).waitFor({ state: 'detached' });
  await composer(p.page).waitFor();
}

/** The newest question card shows `text` and, once revealed, both answers. */
async function cardShows(page: Page, text: string, answers: string[] = []) {
  const card = cards(page).filter({ hasText: text }).last();
  await card.waitFor();
  for (const a of answers) await card.getByText(a, { exact: true }).waitFor();
}

describe('couple tools, replaying the couple service test script', () => {
  it('questions gate both partners, survive a log-out, fill the archive; ranking and calendar follow', { timeout: 300_000 }, async () => {
    const [a, b] = await Promise.all([person('yoon', '최윤석'), person('jimin', '지민', true)]);
    await connect(a, b);
    const [couplePath] = await Promise.all([openRoom(a), openRoom(b)]);

    await say(a, '안녕 내 이름은 최윤석이야');
    await say(a, '나는 컴퓨터공학과에 재학 중이야');
    await say(b, '안녕 반가워!!');
    await say(b, '오늘 뭐 할 예정이야?');
    expect(await cards(a.page).count()).toBe(0);

    // The exercise question appears for both and blocks both until each answers.
    await say(a, '나는 운동갔다가 저녁 먹고 쉬려고!');
    for (const p of [a, b]) {
      await cardShows(p.page, '운동하는 거 좋아해?');
      await gate(p.page).getByText('질문에 먼저 답해야 대화를 이어갈 수 있어요.').waitFor();
      expect(await composer(p.page).count()).toBe(0);
    }
    await answerInGate(a, '응 헬스 주 3회!');
    // B still waits; A's answer stays hidden from B until B answers.
    await gate(b.page).waitFor();
    await cards(b.page).last().getByText('답했어요 · 두 사람 모두 답하면 서로의 답이 보여요.').waitFor();
    expect(await cards(b.page).last().getByText('응 헬스 주 3회!').count()).toBe(0);
    await answerInGate(b, '나는 요가 좋아해');
    for (const p of [a, b]) await cardShows(p.page, '운동하는 거 좋아해?', ['응 헬스 주 3회!', '나는 요가 좋아해']);

    // Then the cats question.
    await say(a, '어제 운동 가는 길에 길고양이 봤는데 너무 귀엽더라');
    for (const p of [a, b]) await cardShows(p.page, '고양이랑 강아지 중에 누굴 더 좋아해?');
    await answerInGate(b, '강아지파');
    await answerInGate(a, '당연히 고양이');
    for (const p of [a, b]) await cardShows(p.page, '고양이랑 강아지 중에 누굴 더 좋아해?', ['강아지파', '당연히 고양이']);

    // Then the food question; A logs out with it open while B answers and chats on.
    await say(b, '아 나는 밥 먹으러 갔다 와야겠다!');
    for (const p of [a, b]) await cardShows(p.page, '한식, 중식, 양식, 일식 중에 뭘 제일 좋아해?');
    await a.page.goto('/me');
    await a.page.getByRole('button', { name: '로그아웃' }).click();
    await waitForPath(a.page, '/login');
    await answerInGate(b, '한식! 김치찌개');
    await say(b, '다녀올게');
    await logIn(a.page, a.who.loginId, a.who.password);
    // Home says a question is waiting; it opens the room at the card, gated.
    await a.page.getByTestId('home-waiting-question').click();
    await gate(a.page).waitFor();
    await answerInGate(a, '일식 초밥');
    await cardShows(b.page, '한식, 중식, 양식, 일식 중에 뭘 제일 좋아해?', ['한식! 김치찌개', '일식 초밥']);

    // ANSWER: the three questions with both answers, newest first.
    await a.page.goto(couplePath);
    await a.page.getByRole('link', { name: '질문 답변' }).click();
    const items = a.page.getByTestId('answer-item');
    await items.nth(2).waitFor();
    expect(await items.count()).toBe(3);
    await items.first().getByText('한식, 중식, 양식, 일식 중에 뭘 제일 좋아해?').waitFor();
    await items.last().getByText('응 헬스 주 3회!').waitFor();
    await a.page.getByLabel('키워드로 찾기').fill('고양이');
    await a.page.waitForFunction(() => document.querySelectorAll('[data-testid="answer-item"]').length === 1);

    // RANK: 운동 tops the ranking of the partner who said it; excluding removes it for both.
    await a.page.getByRole('link', { name: '단어 순위' }).click();
    await b.page.goto(couplePath.replace(/\/?$/, '/words'));
    const top = (p: P) => p.page.getByTestId('ranking-me').or(p.page.getByTestId('ranking-partner')).filter({ hasText: '최윤석' }).getByTestId('rank-word').first();
    await expect.poll(() => top(a).textContent()).toBe('운동');
    await expect.poll(() => top(b).textContent()).toBe('운동');
    await b.page.getByRole('button', { name: '‘운동’ 순위에서 제외' }).click();
    for (const p of [a, b]) await expect.poll(() => top(p).textContent()).not.toBe('운동');
    await a.page.getByRole('button', { name: '‘운동’ 다시 순위에 넣기' }).click();
    for (const p of [a, b]) await expect.poll(() => top(p).textContent()).toBe('운동');
    // Live: while B looks at the ranking, A's new line moves a word to the top of A's list.
    await a.page.goto(couplePath);
    await a.page.getByRole('link', { name: '채팅방 열기' }).click();
    await say(a, '영화 영화 영화 보러 가자');
    await expect.poll(() => top(b).textContent(), { timeout: 10_000 }).toBe('영화');

    // CALENDAR: events today, next month, three on one day; D-Days ahead, today and past.
    const today = kstDay(new Date());
    const page = b.page;
    await page.goto(couplePath.replace(/\/?$/, '/calendar'));
    const monthTitle = page.getByTestId('calendar-month');
    const thisMonth = `${Number(today.slice(0, 4))}년 ${Number(today.slice(5, 7))}월`;
    await expect.poll(() => monthTitle.textContent()).toBe(thisMonth);
    async function add(title: string, date: string, dDay = false) {
      await page.getByRole('button', { name: '일정 추가' }).click();
      const form = page.getByTestId('event-form');
      await form.getByLabel('제목').fill(title);
      await form.getByLabel('날짜').fill(date);
      if (dDay) await form.getByLabel('디데이로 표시').check();
      await form.getByRole('button', { name: '저장' }).click();
      await form.waitFor({ state: 'detached' });
    }
    const nextMonthDay = `${kstDay(new Date(Date.parse(`${today.slice(0, 7)}-15T00:00:00Z`) + 31 * 864e5)).slice(0, 7)}-15`;
    await add('기념 저녁', today);
    await add('다음 달 여행', nextMonthDay);
    const busy = `${today.slice(0, 7)}-${today.slice(8) === '10' ? '11' : '10'}`;
    for (const t of ['아침 운동', '점심 약속', '저녁 영화']) await add(t, busy);
    await add('시험', addDays(today, 12), true);
    await add('오늘 디데이', today, true);
    await add('처음 만난 날', addDays(today, -3), true);
    await page.getByTestId(`day-${busy}`).click();
    await expect.poll(() => page.getByTestId('day-events').getByTestId('event-item').count()).toBe(3);
    await page.getByTestId(`day-${today}`).click();
    await page.getByTestId('day-events').getByText('D-Day').waitFor();
    await page.getByRole('button', { name: '다음 달' }).click();
    await page.getByTestId(`day-${nextMonthDay}`).getByText('다음 달 여행').waitFor();
    await page.getByRole('button', { name: '다음 해' }).click();
    const y = Number(nextMonthDay.slice(0, 4)) + 1;
    await expect.poll(() => monthTitle.textContent()).toBe(`${y}년 ${Number(nextMonthDay.slice(5, 7))}월`);
    await page.getByRole('button', { name: '오늘' }).click();
    await expect.poll(() => monthTitle.textContent()).toBe(thisMonth);

    // The partner's couple page lists the D-Days live: D-12, D-Day, D+3.
    await a.page.goto(couplePath);
    const ddays = a.page.getByTestId('ddays');
    for (const text of ['D-Day', 'D-12', 'D+3']) await ddays.getByText(text, { exact: true }).waitFor();
  });
});


// Group orders end to end, one browser context per neighbour: A in 서교동 posts a
// chicken order for 4; B and C nearby join and chat in its room; D in Busan never sees
// it; A bans C (C's screen loses the room at once, C cannot rejoin); B leaves and
// rejoins; two more neighbours fill it, it closes itself live for everyone; A marks it
// delivered.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, newDevice, newPerson, signUp } from './helpers/browser';

const session = browserForFile();

async function person(prefix: string, name: string, desktop = false) {
  const d = await newDevice(session.browser, { desktop });
  session.open.push(d.context);
  const who = newPerson(prefix, name);
  await signUp(d.page, who);
  return { ...d, who };
}
type P = Awaited<ReturnType<typeof person>>;

/** Set the neighbourhood through the picker's search box, as a person would. */
async function setArea(p: P, query: string, label: string) {
  await p.page.goto('/neighbourhood');
  await p.page.getByLabel('동네 이름으로 찾기').fill(query);
  await p.page.getByRole('button', { name: label, exact: true }).click();
  await p.page.getByTestId('my-area').waitFor();
}

const postCard = (page: Page, title: string) => page.getByTestId('post-card').filter({ hasText: title });
const joined = (page: Page) => page.getByTestId('post-joined');

async function openPost(p: P, title: string) {
  await p.page.goto('/neighbourhood');
  await postCard(p.page, title).click();
  await p.page.getByTestId('post-view').waitFor();
}

async function chat(p: P, text: string) {
  await p.page.getByRole('link', { name: '채팅방 가기' }).click();
  const composer = p.page.getByLabel('메시지 입력', { exact: true });
  await composer.fill(text);
  await composer.press('Enter');
  await p.page.getByTestId('timeline').getByText(text, { exact: true }).last().waitFor();
}

describe('group orders with four neighbours', () => {
  it('post, join, chat, ban, leave and rejoin, fill up and close live, deliver', { timeout: 400_000 }, async () => {
    const [a, b, c, d] = await Promise.all([
      person('pa', '에이'), person('pb', '비', true), person('pc', '씨'), person('pd', '디'),
    ]);
    await setArea(a, '마포 서교', '서울특별시 마포구 서교동');
    await setArea(b, '마포 연남', '서울특별시 마포구 연남동');
    await setArea(c, '마포 합정', '서울특별시 마포구 합정동');
    await setArea(d, '해운대 우1', '부산광역시 해운대구 우1동');

    // A posts a chicken order for 4 with a deadline in an hour (the form's default).
    const title = `치킨 반반 ${Date.now() % 10000}`;
    await a.page.getByRole('link', { name: '같이 주문 글쓰기' }).click();
    await a.page.getByLabel('제목').fill(title);
    await a.page.getByLabel('메뉴 종류').selectOption('CHICKEN');
    await a.page.getByLabel('모집 인원 (나 포함)').selectOption('4');
    await a.page.getByLabel('만날 곳').fill('서교동 주민센터 앞');
    await a.page.getByLabel('배달비 (원) (선택)').fill('4000');
    await a.page.getByRole('button', { name: '올리기' }).click();
    await a.page.getByTestId('post-view').waitFor();
    await expect.poll(() => joined(a.page).textContent(), { timeout: 15_000 }).toContain('1/4');

    // B and C, within 3 km, see and join it; D in Busan does not see it.
    await openPost(b, title);
    await b.page.getByRole('button', { name: '참여하기' }).click();
    await expect.poll(() => joined(b.page).textContent(), { timeout: 15_000 }).toContain('2/4');
    await openPost(c, title);
    await c.page.getByRole('button', { name: '참여하기' }).click();
    await expect.poll(() => joined(c.page).textContent(), { timeout: 15_000 }).toContain('3/4');
    await d.page.goto('/neighbourhood');
    await d.page.getByRole('button', { name: '5km' }).click();
    await d.page.getByText('근처에 같이 주문 글이 없어요').or(d.page.getByTestId('post-list')).first().waitFor();
    expect(await postCard(d.page, title).count()).toBe(0);
    // A sees both join live.
    await expect.poll(() => joined(a.page).textContent(), { timeout: 15_000 }).toContain('3/4');

    // B and C chat in the post's room.
    await chat(b, '저는 양념 반 후라이드 반이요');
    await chat(c, '저도 좋아요');
    await b.page.getByTestId('timeline').getByText('저도 좋아요').waitFor();

    // A bans C: C's room screen loses the room at once; C cannot come back.
    await a.page.getByTestId('post-members').getByRole('listitem').filter({ hasText: '씨' }).getByRole('button', { name: '내보내기' }).click();
    await a.page.getByRole('alertdialog').getByRole('button', { name: '확인' }).click();
    await expect.poll(() => joined(a.page).textContent(), { timeout: 15_000 }).toContain('2/4');
    await c.page.getByText('채팅방을 찾을 수 없어요.').waitFor({ timeout: 15_000 });
    await c.page.goto('/neighbourhood');
    await c.page.getByTestId('my-area').waitFor();
    expect(await postCard(c.page, title).count()).toBe(0);

    // B leaves and rejoins.
    await openPost(b, title);
    await b.page.getByRole('button', { name: '나가기' }).click();
    await b.page.getByRole('alertdialog').getByRole('button', { name: '확인' }).click();
    await b.page.getByRole('button', { name: '참여하기' }).waitFor();
    await expect.poll(() => joined(a.page).textContent(), { timeout: 15_000 }).toContain('1/4');
    await b.page.getByRole('button', { name: '참여하기' }).click();
    await expect.poll(() => joined(a.page).textContent(), { timeout: 15_000 }).toContain('2/4');

    // Two more neighbours join; at 4 it closes itself, live for A and B.
    const [e, f] = await Promise.all([person('pe', '이'), person('pf', '에프')]);
    await setArea(e, '마포 서교', '서울특별시 마포구 서교동');
    await setArea(f, '마포 연남', '서울특별시 마포구 연남동');
    await openPost(e, title);
    await e.page.getByRole('button', { name: '참여하기' }).click();
    await expect.poll(() => joined(b.page).textContent(), { timeout: 15_000 }).toContain('3/4');
    await openPost(f, title);
    await f.page.getByRole('button', { name: '참여하기' }).click();
    for (const p of [a, b, e]) {
      await expect.poll(() => joined(p.page).textContent(), { timeout: 15_000 }).toContain('4/4');
      await p.page.getByTestId('closed-reason').filter({ hasText: '자리가 다 찼어요' }).waitFor();
    }

    // A marks it delivered.
    await a.page.getByRole('button', { name: '배달 완료' }).click();
    await a.page.getByTestId('post-view').getByText('배달 완료').first().waitFor();
    await b.page.getByTestId('post-view').getByText('배달 완료').first().waitFor();
  });
});

// Circles through the real UI, one browser context per person: couple requests seen
// live by the other side, a family joined with an invite code on a phone, and a
// breakup countdown that ends when the server clock moves seven days.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { newDevice, newPerson, signUp, type Person, browserForFile, setServerClock } from './helpers/browser';

const session = browserForFile();
const open = session.open;
afterEach(async () => {
  await setServerClock(0);
});
const DAY = 24 * 60 * 60 * 1000;

async function person(prefix: string, name: string, opts?: { desktop?: boolean }) {
  const d = await newDevice(session.browser, opts);
  open.push(d.context);
  const who = newPerson(prefix, name);
  await signUp(d.page, who);
  return { ...d, who };
}

const alert = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text }).waitFor();
const card = (page: Page, text: string) => page.getByTestId('circle-card').filter({ hasText: text });
const coupleForm = (page: Page) => page.getByRole('heading', { name: '커플 연결하기' });

async function sendRequest(page: Page, loginId: string) {
  await page.getByLabel('상대 아이디', { exact: true }).fill(loginId);
  await page.getByRole('button', { name: '요청 보내기' }).click();
}

async function connectCouple(a: { page: Page; who: Person }, b: { page: Page; who: Person }) {
  await sendRequest(a.page, b.who.loginId);
  await b.page.getByRole('button', { name: `${a.who.displayName}님의 요청 수락` }).click();
  await card(a.page, `${b.who.displayName}님과 커플`).waitFor();
  await card(b.page, `${a.who.displayName}님과 커플`).waitFor();
}

describe('couple requests', () => {
  it('refuses a request to yourself, to an unknown login ID, and a duplicate, saying why', async () => {
    const [a, b] = await Promise.all([person('mina', '민아'), person('joon', '준')]);
    await sendRequest(a.page, a.who.loginId);
    await alert(a.page, '나 자신에게는 커플 요청을 보낼 수 없어요.');
    await sendRequest(a.page, `${b.who.loginId}zz`);
    await alert(a.page, '그 아이디를 쓰는 사람이 없어요.');

    await sendRequest(a.page, b.who.loginId.toUpperCase());
    await a.page.getByRole('status').filter({ hasText: '준님에게 요청을 보냈어요.' }).waitFor();
    await sendRequest(a.page, b.who.loginId);
    await alert(a.page, '이 사람에게 이미 요청을 보냈어요.');

    // The other way round: B is told to accept the request already waiting.
    await b.page.getByRole('button', { name: '민아님의 요청 수락' }).waitFor();
    await sendRequest(b.page, a.who.loginId);
    await alert(b.page, '상대가 이미 나에게 요청을 보냈어요. 받은 요청에서 수락해 주세요.');
  });

  it('the receiver sees each request arrive live; cancel and reject clear it on both screens; accept connects both', async () => {
    const [a, b] = await Promise.all([person('mina', '민아'), person('joon', '준')]);
    const received = b.page.getByRole('region', { name: '받은 요청' });
    const sent = a.page.getByRole('region', { name: '보낸 요청' });
    await received.getByText('받은 요청이 없어요.').waitFor();

    // Sent, then cancelled by the sender: it appears and disappears on B's screen without a reload.
    await sendRequest(a.page, b.who.loginId);
    await received.getByText(`민아 (${a.who.loginId.toLowerCase()})`).waitFor();
    await a.page.getByRole('button', { name: '준님에게 보낸 요청 취소' }).click();
    await received.getByText('받은 요청이 없어요.').waitFor();
    await sent.getByText('보낸 요청이 없어요.').waitFor();

    // Sent again, rejected by the receiver: gone from A's sent list, live.
    await sendRequest(a.page, b.who.loginId);
    await sent.getByText(`준 (${b.who.loginId.toLowerCase()})`).waitFor();
    await b.page.getByRole('button', { name: '민아님의 요청 거절' }).click();
    await sent.getByText('보낸 요청이 없어요.').waitFor();

    // Sent a third time and accepted: both see the couple card and the request form is gone.
    await connectCouple(a, b);
    for (const p of [a.page, b.page]) {
      await coupleForm(p).waitFor({ state: 'detached' });
      await p.getByRole('heading', { name: '내 모임' }).waitFor();
    }
    await expect(card(a.page, '준님과 커플').textContent()).resolves.toContain('민아 (나) · 연인');
  });
});

describe('family invite codes', () => {
  it('a parent creates a family and a code; the child joins on a phone; both see each other on Home', async () => {
    const [parent, child, late] = await Promise.all([
      person('mom', '김엄마', { desktop: true }),
      person('kid', '김하늘'),
      person('late', '늦은이'),
    ]);
    await parent.page.getByLabel('가족 이름', { exact: true }).fill('하늘이네');
    await parent.page.getByRole('button', { name: '가족 만들기' }).click();
    await parent.page.waitForURL(/\/circles\/[a-z0-9]+$/);
    await parent.page.getByRole('heading', { name: '하늘이네', level: 1 }).waitFor();
    const code = (await parent.page.getByTestId('invite-code-CHILD').textContent())!.trim();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);

    // Typed on the phone in lower case, as people do.
    await child.page.getByLabel('초대 코드', { exact: true }).fill(code.toLowerCase());
    await child.page.getByRole('button', { name: '참여하기' }).click();
    await child.page.getByRole('status').filter({ hasText: '하늘이네에 참여했어요.' }).waitFor();
    await card(child.page, '하늘이네').filter({ hasText: '김엄마 · 부모' }).filter({ hasText: '김하늘 (나) · 아이' }).waitFor();

    // The parent's page shows the child at once, and the used code is gone.
    await parent.page.getByTestId('circle-members').getByText('김하늘 · 아이').waitFor();
    await parent.page.getByTestId('invite-code-CHILD').waitFor({ state: 'detached' });
    await parent.page.getByRole('link', { name: /홈으로/ }).click();
    await card(parent.page, '하늘이네').filter({ hasText: '김하늘 · 아이' }).filter({ hasText: '김엄마 (나) · 부모' }).waitFor();

    // A code works once.
    await late.page.getByLabel('초대 코드', { exact: true }).fill(code);
    await late.page.getByRole('button', { name: '참여하기' }).click();
    await alert(late.page, '이미 사용된 초대 코드예요.');
  });
});

describe('breaking up', () => {
  it('both see the countdown; cancel stops it; after seven days both return to the connect screen', async () => {
    const [a, b] = await Promise.all([person('mina', '민아'), person('joon', '준')]);
    await connectCouple(a, b);
    await card(a.page, '준님과 커플').click();
    await a.page.getByRole('heading', { name: '준님과 커플', level: 1 }).waitFor();
    await card(b.page, '민아님과 커플').click();
    await b.page.getByRole('heading', { name: '민아님과 커플', level: 1 }).waitFor();

    await a.page.getByRole('button', { name: '연결 끊기 시작' }).click();
    const countdown = /연결이 끊어지기까지 (7일 0시간 0분|6일 23시간 5\d분) 남았어요/;
    await a.page.getByText(countdown).waitFor();
    await b.page.getByText(countdown).waitFor();
    await b.page.getByText('민아님이 연결 끊기를 시작했어요.').waitFor();

    // Either partner may cancel; the other screen follows.
    await b.page.getByRole('button', { name: '연결 끊기 취소' }).click();
    await a.page.getByRole('button', { name: '연결 끊기 시작' }).waitFor();
    await a.page.getByText(countdown).waitFor({ state: 'detached' });

    // Started again; B's Home card shows the countdown too.
    await a.page.getByRole('button', { name: '연결 끊기 시작' }).click();
    await b.page.getByText('민아님이 연결 끊기를 시작했어요.').waitFor();
    await b.page.getByRole('link', { name: /홈으로/ }).click();
    await card(b.page, '민아님과 커플').getByText(countdown).waitFor();

    // Seven days later the first look at Home ends the couple; A's open page follows live.
    await setServerClock(7 * DAY + 60_000);
    await b.page.reload();
    for (const p of [a.page, b.page]) {
      await coupleForm(p).waitFor();
      await p.waitForURL((url) => url.pathname === '/');
      expect(await card(p, '커플').count()).toBe(0);
    }
  });
});

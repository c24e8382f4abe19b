// Push and the notification center through the real UI. Chromium cannot subscribe to
// a real push service here (it needs Google's), so B's device is a subscription made
// at the offline mock push service and registered with B's own browser cookies; the
// rest is what people do: B has the room open or not, A sends, B's bell lights up.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { logIn, newDevice, newPerson, openMe, signUp, waitForPath, type Person, browserForFile } from './helpers/browser';
import { newUser } from '../tests/helpers/client';
import { makeFamily, startBoard } from '../tests/helpers/family';
import { mockSubscribe, received, registerDevice, waitForPushes, type MockSubscription } from '../tests/helpers/push-mock';
import { db } from '@/lib/db';
import { presentUserIds } from '@/lib/notifications/message-push';
import { usersWithVisibleTab } from '@/lib/notifications/presence';
import { notify } from '@/lib/notifications/service';

const session = browserForFile();
const open = session.open;
afterAll(async () => {
  await db.$disconnect();
});

async function person(prefix: string, name: string) {
  const d = await newDevice(session.browser, { desktop: true });
  open.push(d.context);
  const who: Person = newPerson(prefix, name);
  await signUp(d.page, who);
  const me = await (await d.context.request.get('/api/accounts/me')).json();
  return { ...d, who, id: me.user.id as string };
}

/** This browser's push subscription, made at the mock and saved with the browser's session. */
async function registerBrowserDevice(context: BrowserContext): Promise<MockSubscription> {
  const { publicKey } = await (await context.request.get('/api/push/vapid')).json();
  const sub = await mockSubscribe(publicKey);
  const res = await context.request.post('/api/push/subscriptions', { data: { endpoint: sub.endpoint, keys: sub.keys } });
  expect(res.status()).toBe(201);
  return sub;
}

async function until(check: () => Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function sendFromUi(page: Page, text: string) {
  await page.getByLabel('메시지 입력', { exact: true }).fill(text);
  await page.getByRole('button', { name: '보내기', exact: true }).click();
}

describe('push', () => {
  it('reaches the mock push service only while the recipient is not looking at the room', async () => {
    const [a, b] = await Promise.all([person('mina', '민아'), person('joon', '준호')]);
    // C only exists to prove a negative: C is away, so C's push arriving means the
    // decision about B for the same message has been made.
    const c = await newUser();
    for (const friend of [{ loginId: b.who.loginId }, { userId: c.id }]) {
      expect((await a.context.request.post('/api/friends', { data: friend })).status()).toBe(201);
    }
    const room = await a.context.request.post('/api/rooms', { data: { name: '주말 번개', memberIds: [b.id, c.id] } });
    expect(room.status()).toBe(201);
    const { roomId } = await room.json();
    const [deviceB, deviceC] = await Promise.all([registerBrowserDevice(b.context), registerDevice(c.client)]);

    await Promise.all([a.page.goto(`/chat/${roomId}`), b.page.goto(`/chat/${roomId}`)]);
    await until(async () => (await presentUserIds(roomId)).has(b.id));

    await sendFromUi(a.page, '지금 보고 있죠?');
    await b.page.getByTestId('message').filter({ hasText: '지금 보고 있죠?' }).waitFor();
    await waitForPushes(deviceC, 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(await received(deviceB)).toEqual([]);

    // B leaves the room for the 나 tab; the next message is pushed to B's device.
    await openMe(b.page);
    await until(async () => !(await presentUserIds(roomId)).has(b.id));
    await sendFromUi(a.page, '어디 갔어요?');
    const [push] = await waitForPushes(deviceB, 1);
    expect(push).toEqual({ title: '주말 번개', body: '민아: 어디 갔어요?', url: `/chat/${roomId}`, tag: roomId });
  });

  it('app events (a grape given) are pushed only while no Moa tab of the child is on screen; the center always lists them', async () => {
    // The sibling is away: the sibling's push arriving shows the decision about the
    // looking child was made for the same kind of event.
    const f = await makeFamily({ children: 2 });
    const [kid, sibling] = f.kids;
    const boards = [await startBoard(f.circleId, f.parent, kid), await startBoard(f.circleId, f.parent, sibling)];
    const [device, siblingDevice] = await Promise.all([registerDevice(kid.client), registerDevice(sibling.client)]);
    const d = await newDevice(session.browser);
    open.push(d.context);
    await logIn(d.page, kid.loginId, kid.password);
    await d.page.goto(`/circles/${f.circleId}/board`);
    await until(async () => (await usersWithVisibleTab([kid.id])).has(kid.id));

    const give = (i: number, count: number) => f.parent.client.json(`/api/families/${f.circleId}/boards/${boards[i]}/grapes`, 'POST', { count });
    expect((await give(0, 1)).status).toBe(200);
    expect((await give(1, 1)).status).toBe(200);
    await d.page.locator('[data-testid="grape-board"][data-given="1"]').waitFor();
    await waitForPushes(siblingDevice, 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(await received(device)).toEqual([]);
    expect(await db.notification.count({ where: { userId: kid.id, kind: 'board' } })).toBe(1);

    // The tab goes to the background (as when the phone switches apps): the next grape is pushed.
    await d.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await until(async () => !(await usersWithVisibleTab([kid.id])).has(kid.id));
    expect((await give(0, 2)).status).toBe(200);
    const [push] = await waitForPushes(device, 1);
    expect(push).toMatchObject({ title: '포도알 2개를 받았어요!', url: `/circles/${f.circleId}/board` });
    // Back on screen: the tab holds its presence again, and the center lists both.
    await d.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await until(async () => (await usersWithVisibleTab([kid.id])).has(kid.id));
    await d.page.goto('/me/notifications');
    await d.page.getByTestId('notification-item').filter({ hasText: '포도알 2개를 받았어요!' }).waitFor();
    await d.page.getByTestId('notification-item').filter({ hasText: '포도알 1개를 받았어요!' }).waitFor();
  });

  it('turning push on explains clearly why this browser cannot receive it', async () => {
    const b = await person('joon', '준호');
    await openMe(b.page);
    const toggle = b.page.getByRole('switch', { name: '이 기기에서 알림 받기' });
    await expect(toggle.getAttribute('aria-checked')).resolves.toBe('false');
    // Allowed notifications, but no push service reachable (Chromium needs Google's).
    await b.context.grantPermissions(['notifications']);
    await toggle.click();
    const alert = b.page.getByRole('alert').filter({ hasText: '푸시 서비스에 연결하지 못했어요' });
    await alert.waitFor({ timeout: 30_000 });
    await expect(toggle.getAttribute('aria-checked')).resolves.toBe('false');
    expect(await db.pushSubscription.count({ where: { userId: b.id } })).toBe(0);
  });
});

describe('notification center', () => {
  it('a notification arrives live: the bell counts it, the center lists it, reading clears the count', async () => {
    const b = await person('joon', '준호');
    await openMe(b.page);
    const bell = b.page.getByTestId('notification-bell');
    await expect(bell.getAttribute('aria-label')).resolves.toBe('알림');

    await notify([b.id], { kind: 'couple.request', title: '커플 신청이 왔어요', body: '민아님이 커플 신청을 보냈어요', url: '/' });
    await b.page.getByRole('link', { name: '알림, 읽지 않은 알림 1개' }).waitFor();

    await bell.click();
    await waitForPath(b.page, '/me/notifications');
    const items = b.page.getByTestId('notification-item');
    await expect(items.first().textContent()).resolves.toContain('커플 신청이 왔어요');

    // While the center is open, the next one appears at the top without a reload.
    await notify([b.id], { kind: 'family.joined', title: '지우님이 가족에 들어왔어요', url: '/' });
    await items.filter({ hasText: '지우님이 가족에 들어왔어요' }).waitFor();
    await expect(items.first().textContent()).resolves.toContain('지우님이 가족에 들어왔어요');
    expect(await items.count()).toBe(2);

    await b.page.getByRole('button', { name: '모두 읽음' }).click();
    await until(async () => (await b.page.getByText('읽지 않음').count()) === 0);
    await openMe(b.page);
    await expect(b.page.getByTestId('notification-bell').getAttribute('aria-label')).resolves.toBe('알림');
  });
});

// Issue 13's journey in one piece, two people in two browsers: A (a phone) shares a
// photo, a PDF and a link in a group room; B (a laptop) finds all three in the drawer and
// jumps from the photo to its message; B reacts to and answers A's line, and A sees both
// live; A renames the group and sets its picture, and B's chat list shows them; A forgets
// the password and resets it through the mail in the local inbox — and B's view of A is
// the same afterwards (name, messages, the room). The steps are tested one by one in
// room-drawer, chat and password-reset; this checks they hold together.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { browserForFile, logIn, newDevice, newPerson, pathOf, signUp, waitForPath } from './helpers/browser';
import { makeImage } from '../tests/helpers/images';

const session = browserForFile();
const INBOX = process.env.MOA_DEV_INBOX_URL ?? 'http://127.0.0.1:1080';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const LINK = 'https://moa.example/jeju?day=2';

const composer = (page: Page) => page.getByLabel('메시지 입력', { exact: true });
const message = (page: Page, text: string) => page.getByTestId('timeline').getByTestId('message').filter({ has: page.getByText(text, { exact: true }) });
const menuOf = (page: Page) => page.getByRole('dialog', { name: '메시지', exact: true });

async function person(prefix: string, name: string, desktop: boolean) {
  const d = await newDevice(session.browser, { desktop });
  session.open.push(d);
  const who = newPerson(prefix, name);
  await signUp(d.page, who);
  const { id } = await db.user.findFirstOrThrow({ where: { loginId: who.loginId }, select: { id: true } });
  return { ...d, who, id };
}

async function say(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

async function sendFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByRole('button', { name: '파일 보내기' }).click();
  await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
}

describe('messenger polish, as one journey', () => {
  it('drawer and viewer, reactions and a reply, the group’s name and picture, a password reset that B never notices', async () => {
    const [a, b] = await Promise.all([person('jrna', '하나', false), person('jrnb', '두리', true)]);
    await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: b.id }, { ownerId: b.id, friendId: a.id }] });
    // A's address, as if confirmed earlier (the confirmation itself: password-reset.test.ts).
    const email = `${a.who.loginId}@example.test`;
    await db.user.update({ where: { id: a.id }, data: { email } });

    // A makes the group and shares a photo, a PDF, a link and a question.
    await a.page.goto('/chat/new');
    await a.page.getByLabel('그룹 이름').fill('여름 여행');
    await a.page.getByRole('checkbox').check();
    await a.page.getByRole('button', { name: '만들기' }).click();
    await a.page.waitForURL(/\/chat\/[a-z0-9]{20,}$/);
    const roomId = new URL(a.page.url()).pathname.split('/').pop()!;
    await sendFile(a.page, 'beach.png', 'image/png', Buffer.from(await makeImage('png', 640, 480)));
    await a.page.getByTestId('message-image').waitFor();
    await sendFile(a.page, '일정표.pdf', 'application/pdf', PDF);
    await a.page.getByTestId('message-file').filter({ hasText: '일정표.pdf' }).waitFor();
    await say(a.page, `숙소는 여기예요 ${LINK}`);
    await say(a.page, '둘째 날 오름 갈래?');
    await message(a.page, '둘째 날 오름 갈래?').waitFor();

    // B finds all three in the drawer and jumps from the photo to its message.
    await b.page.goto(`/chat/${roomId}`);
    await message(b.page, '둘째 날 오름 갈래?').waitFor();
    await b.page.getByRole('button', { name: '채팅방 서랍' }).click();
    const drawer = b.page.getByRole('dialog', { name: '채팅방 서랍' });
    const items = drawer.getByTestId('drawer-item');
    await expect.poll(() => items.count()).toBe(1);
    await drawer.getByRole('tab', { name: '파일' }).click();
    await items.filter({ hasText: '일정표.pdf' }).waitFor();
    await drawer.getByRole('tab', { name: '링크' }).click();
    await items.getByRole('link', { name: LINK }).waitFor();
    await drawer.getByRole('tab', { name: '사진·동영상' }).click();
    await items.first().click();
    const viewer = b.page.getByRole('dialog', { name: '사진 보기' });
    await expect.poll(() => viewer.getByTestId('viewer-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    await viewer.getByRole('button', { name: '대화에서 보기' }).click();
    await drawer.waitFor({ state: 'detached' });
    const photo = b.page.getByTestId('timeline').getByTestId('message').filter({ has: b.page.getByTestId('message-image') });
    await expect.poll(() => photo.getAttribute('data-highlighted')).toBe('true');

    // B reacts to A's question and answers it through the menu; A sees both live.
    const question = message(b.page, '둘째 날 오름 갈래?').first();
    await question.getByTestId('bubble').click({ button: 'right' });
    await menuOf(b.page).getByRole('button', { name: '하트(으)로 공감' }).click();
    const questionOnA = message(a.page, '둘째 날 오름 갈래?').first();
    await expect.poll(() => questionOnA.getByTestId('reaction-heart').getAttribute('data-count')).toBe('1');
    await question.getByTestId('bubble').click({ button: 'right' });
    await menuOf(b.page).getByRole('button', { name: '답장', exact: true }).click();
    await b.page.getByTestId('reply-bar').waitFor();
    await say(b.page, '좋아, 새벽에 가자');
    await message(a.page, '좋아, 새벽에 가자').getByRole('button', { name: '원래 메시지로 이동: 하나, 둘째 날 오름 갈래?' }).waitFor();

    // A renames the group and sets its picture; B's chat list (beside the room) shows both.
    await a.page.getByRole('button', { name: '채팅방 설정' }).click();
    await a.page.getByLabel('채팅방 이름').fill('제주 여행');
    await a.page.getByRole('button', { name: '저장' }).click();
    await a.page.getByTestId('room-image-input').setInputFiles({ name: 'jeju.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await makeImage('jpeg', 300, 300)) });
    await a.page.getByTestId('system-message').filter({ hasText: '하나님이 채팅방 사진을 바꿨어요.' }).waitFor();
    const item = b.page.getByTestId('room-item').filter({ hasText: '제주 여행' });
    await expect.poll(() => item.locator('img').first().getAttribute('src')).toMatch(new RegExp(`^/api/rooms/${roomId}/image\\?v=`));

    // A forgets the password on another browser and resets it through the local inbox.
    const laptop = await newDevice(session.browser, { desktop: true });
    session.open.push(laptop);
    await laptop.page.goto('/login/forgot');
    await laptop.page.getByLabel('아이디 또는 이메일').fill(email);
    await laptop.page.getByRole('button', { name: '재설정 링크 보내기' }).click();
    await laptop.page.getByRole('status').filter({ hasText: '재설정 링크를 보냈어요' }).waitFor();
    await expect.poll(async () => {
      const r = await fetch(`${INBOX}/api/messages?to=${encodeURIComponent(email)}`);
      return ((await r.json()) as { messages: { subject: string }[] }).messages.filter((m) => m.subject === '[모아] 비밀번호 재설정 링크').length;
    }, { timeout: 15_000 }).toBe(1);
    await laptop.page.goto(`${INBOX}/?to=${encodeURIComponent(email)}`);
    await laptop.page.getByTestId('inbox-message').filter({ hasText: '[모아] 비밀번호 재설정 링크' }).first().getByRole('link', { name: /\/reset-password\?token=/ }).click();
    await waitForPath(laptop.page, '/reset-password');
    await laptop.page.getByLabel('새 비밀번호').fill('fresh-pass-5678');
    await laptop.page.getByRole('button', { name: '비밀번호 바꾸기' }).click();
    await laptop.page.getByRole('status').filter({ hasText: '비밀번호를 바꿨어요' }).waitFor();
    await laptop.page.goto('/login');
    await logIn(laptop.page, a.who.loginId, 'fresh-pass-5678');
    expect(pathOf(laptop.page)).toBe('/');
    // The phone's session ended with the reset.
    await a.page.reload();
    await waitForPath(a.page, '/login');

    // B's view of A is unchanged: the room, A's name on A's lines, the reply's quote, the reaction.
    await b.page.reload();
    await b.page.getByTestId('room-item').filter({ hasText: '제주 여행' }).waitFor();
    const again = message(b.page, '둘째 날 오름 갈래?').first();
    await again.waitFor();
    await expect.poll(() => again.getByTestId('reaction-heart').getAttribute('data-count')).toBe('1');
    await message(b.page, '좋아, 새벽에 가자').getByRole('button', { name: '원래 메시지로 이동: 하나, 둘째 날 오름 갈래?' }).waitFor();
    await b.page.getByTestId('timeline').getByTestId('sender-name').or(b.page.getByTestId('timeline').getByText('하나', { exact: true })).first().waitFor();
    // And A, signed in again with the new password, is still in the room with B's answer.
    await laptop.page.goto(`/chat/${roomId}`);
    await message(laptop.page, '좋아, 새벽에 가자').waitFor();
  }, 240_000);
});

// The room drawer, the photo viewer and a group room's profile, in two browsers: A (a
// phone) shares a photo, a PDF and a link in a group room; B (a laptop) opens the drawer,
// finds all three, opens the photo in the viewer and jumps to its message; A renames the
// group and sets its picture, and B's chat list shows both without a reload.
// With SCREENSHOT_DIR set, the drawer's tabs, the viewer and the chat list are saved at
// 360 px and desktop width.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { browserForFile, newDevice, newPerson, signUp, waitForPath } from './helpers/browser';
import { makeImage } from '../tests/helpers/images';

const session = browserForFile();
const SHOTS = process.env.SCREENSHOT_DIR;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  const before = page.viewportSize();
  for (const [label, width] of [['360', 360], ['1280', 1280]] as const) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 860 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/msg-${name}-${label}.png` });
  }
  if (before) await page.setViewportSize(before);
}

async function person(prefix: string, name: string, desktop: boolean) {
  const d = await newDevice(session.browser, { desktop });
  session.open.push(d);
  const who = newPerson(prefix, name);
  await signUp(d.page, who);
  const { id } = await db.user.findFirstOrThrow({ where: { loginId: who.loginId }, select: { id: true } });
  return { ...d, who, id };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const LINK = 'https://moa.example/trip?day=1';

async function sendFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByRole('button', { name: '파일 보내기' }).click();
  await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
}

describe('room drawer, photo viewer and group profile', () => {
  it('B finds the photo, the PDF and the link, views the photo and jumps to it; A’s new name and picture reach B’s list', async () => {
    const [a, b] = await Promise.all([person('drwa', '하나', false), person('drwb', '두리', true)]);
    await db.friendship.createMany({ data: [{ ownerId: a.id, friendId: b.id }, { ownerId: b.id, friendId: a.id }] });

    // A makes the group on the phone.
    await a.page.goto('/chat/new');
    await a.page.getByLabel('그룹 이름').fill('여름 여행');
    await a.page.getByRole('checkbox').check();
    await a.page.getByRole('button', { name: '만들기' }).click();
    await a.page.waitForURL(/\/chat\/[a-z0-9]{20,}$/);
    const roomId = new URL(a.page.url()).pathname.split('/').pop()!;
    await a.page.getByTestId('room-title').filter({ hasText: '여름 여행' }).waitFor();

    // A shares a photo, a PDF and a link.
    await sendFile(a.page, 'beach.png', 'image/png', Buffer.from(await makeImage('png', 640, 480)));
    await a.page.getByTestId('message-image').waitFor();
    await sendFile(a.page, '일정표.pdf', 'application/pdf', PDF);
    await a.page.getByTestId('message-file').filter({ hasText: '일정표.pdf' }).waitFor();
    await a.page.getByLabel('메시지 입력', { exact: true }).fill(`숙소는 여기예요 ${LINK}`);
    await a.page.getByLabel('메시지 입력', { exact: true }).press('Enter');
    for (let i = 0; i < 12; i++) {
      await a.page.getByLabel('메시지 입력', { exact: true }).fill(`수다 ${i}`);
      await a.page.getByLabel('메시지 입력', { exact: true }).press('Enter');
    }

    // B opens the room and its drawer.
    await b.page.goto(`/chat/${roomId}`);
    await b.page.getByTestId('room-title').filter({ hasText: '여름 여행' }).waitFor();
    await b.page.getByTestId('timeline').getByText('수다 11', { exact: true }).waitFor();
    await b.page.getByRole('button', { name: '채팅방 서랍' }).click();
    const drawer = b.page.getByRole('dialog', { name: '채팅방 서랍' });
    const items = drawer.getByTestId('drawer-item');
    await expect.poll(() => items.count()).toBe(1);
    await shoot(b.page, 'drawer-media');
    await drawer.getByRole('tab', { name: '파일' }).click();
    await items.filter({ hasText: '일정표.pdf' }).waitFor();
    await shoot(b.page, 'drawer-files');
    await drawer.getByRole('tab', { name: '링크' }).click();
    await items.getByRole('link', { name: LINK }).waitFor();
    await shoot(b.page, 'drawer-links');

    // The photo opens in the viewer, full size, and jumps to its message.
    await drawer.getByRole('tab', { name: '사진·동영상' }).click();
    await items.first().click();
    const viewer = b.page.getByRole('dialog', { name: '사진 보기' });
    await viewer.waitFor();
    await expect(viewer.getByTestId('viewer-image').getAttribute('src')).resolves.toMatch(/^\/api\/files\/[a-z0-9]+$/);
    await expect(viewer.getByRole('link', { name: '원본 내려받기' }).getAttribute('href')).resolves.toMatch(/variant=download$/);
    await expect.poll(() => viewer.getByTestId('viewer-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    await shoot(b.page, 'viewer');
    await viewer.getByRole('button', { name: '대화에서 보기' }).click();
    await viewer.waitFor({ state: 'detached' });
    await drawer.waitFor({ state: 'detached' });
    const photoMessage = b.page.getByTestId('timeline').getByTestId('message').filter({ has: b.page.getByTestId('message-image') });
    await expect.poll(() => photoMessage.getAttribute('data-highlighted')).toBe('true');
    expect(new URL(b.page.url()).pathname).toBe(`/chat/${roomId}`);

    // 크게 보기 in the timeline opens the viewer too; Escape and the back button close it, the room stays.
    await photoMessage.getByRole('link', { name: /크게 보기/ }).click();
    await viewer.waitFor();
    await b.page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    await photoMessage.getByRole('link', { name: /크게 보기/ }).click();
    await viewer.waitFor();
    await b.page.goBack();
    await viewer.waitFor({ state: 'detached' });
    expect(new URL(b.page.url()).pathname).toBe(`/chat/${roomId}`);

    // A date search lists the photo with its thumbnail and the PDF by its name.
    await b.page.getByRole('button', { name: '대화 검색' }).click();
    const search = b.page.getByRole('search');
    await search.getByLabel('날짜', { exact: true }).fill(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date()));
    await search.getByRole('button', { name: '검색', exact: true }).click();
    const results = search.getByTestId('search-result');
    await results.filter({ hasText: '일정표.pdf' }).waitFor();
    const photoResult = results.filter({ hasText: '사진' }).filter({ has: b.page.getByTestId('search-thumb') });
    await expect(photoResult.getByTestId('search-thumb').getAttribute('src')).resolves.toMatch(/variant=thumb$/);
    await photoResult.scrollIntoViewIfNeeded();
    await shoot(b.page, 'search');
    await b.page.getByRole('button', { name: '대화 검색' }).click();

    // The settings offer the drawer too.
    await b.page.getByRole('button', { name: '채팅방 설정' }).click();
    await b.page.getByRole('button', { name: '채팅방 서랍' }).last().click();
    await drawer.waitFor();
    await drawer.getByRole('button', { name: '서랍 닫기' }).click();
    await drawer.waitFor({ state: 'detached' });

    // A renames the group and sets its picture in the room settings.
    await a.page.getByRole('button', { name: '채팅방 설정' }).click();
    await a.page.getByLabel('채팅방 이름').fill('제주 여행');
    await a.page.getByRole('button', { name: '저장' }).click();
    await a.page.getByTestId('room-image-input').setInputFiles({ name: 'jeju.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await makeImage('jpeg', 300, 300)) });
    await a.page.getByTestId('system-message').filter({ hasText: '하나님이 채팅방 사진을 바꿨어요.' }).waitFor();

    // B's chat list (beside the room on a laptop) shows both, live.
    const item = b.page.getByTestId('room-item').filter({ hasText: '제주 여행' });
    await item.waitFor();
    await expect.poll(() => item.locator('img').first().getAttribute('src')).toMatch(new RegExp(`^/api/rooms/${roomId}/image\\?v=`));
    await b.page.getByTestId('timeline').getByTestId('system-message').filter({ hasText: '하나님이 채팅방 사진을 바꿨어요.' }).waitFor();
    await b.page.goto('/chat');
    await waitForPath(b.page, '/chat');
    await b.page.getByTestId('room-item').filter({ hasText: '제주 여행' }).waitFor();
    await shoot(b.page, 'chat-list');
    // Two people, uploads and a dozen screenshots in one journey: more than the default 90 s on a loaded machine.
  }, 180_000);
});

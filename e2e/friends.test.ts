// Friends and profiles through the real UI: find someone by login ID, add them, see
// them in the list, open their profile and a 1:1 chat; upload an avatar on 나.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newDevice, newPerson, openMe, signUp, browserForFile } from './helpers/browser';
import { makeImage } from '../tests/helpers/images';

const session = browserForFile();
const open = session.open;

async function person(prefix: string, name: string) {
  const d = await newDevice(session.browser);
  open.push(d.context);
  const who = newPerson(prefix, name);
  await signUp(d.page, who);
  return { ...d, who };
}

async function search(page: Page, loginId: string) {
  await page.getByLabel('친구의 아이디', { exact: true }).fill(loginId);
  await page.getByRole('button', { name: '찾기', exact: true }).click();
}

async function setStatus(page: Page, status: string) {
  await openMe(page);
  await page.getByLabel('상태 메시지', { exact: true }).fill(status);
  await page.getByRole('button', { name: '프로필 저장' }).click();
  await page.getByRole('status').filter({ hasText: '프로필을 저장했어요.' }).waitFor();
}

/** The rendered size of an <img>, once it has loaded (0 if it failed). */
const naturalWidth = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : -1));

describe('friends', () => {
  it('A finds B by login ID, adds B, sees B in the list, opens B’s profile and a 1:1 chat', async () => {
    const [a, b] = await Promise.all([person('mina', '민아'), person('joon', '준호')]);
    await setStatus(b.page, '오늘도 포도 한 송이');

    await a.page.goto('/chat/friends');
    await a.page.getByRole('heading', { name: '친구', exact: true, level: 1 }).waitFor();
    await a.page.getByText('아직 친구가 없어요').waitFor();

    // A typo finds no one, and says so.
    await search(a.page, `${b.who.loginId}x`);
    await a.page.getByRole('status').filter({ hasText: '아이디를 가진 사람이 없어요' }).waitFor();

    // The exact ID (in another case) finds B.
    await search(a.page, b.who.loginId.toUpperCase());
    const result = a.page.getByRole('region', { name: '검색 결과' });
    await result.getByText('준호', { exact: true }).waitFor();
    await result.getByRole('button', { name: '친구 추가' }).click();
    await a.page.getByRole('status').filter({ hasText: '준호님을 친구로 추가했어요.' }).waitFor();
    await result.getByText('이미 친구예요').waitFor();

    const list = a.page.getByRole('list', { name: '친구 1명' });
    const row = list.getByRole('link', { name: /준호/ });
    await expect(row.textContent()).resolves.toContain('오늘도 포도 한 송이');

    // Hide and unhide: the row moves to the hidden section and back.
    await a.page.getByRole('button', { name: '준호님 숨기기' }).click();
    await a.page.getByText('아직 친구가 없어요').waitFor();
    await a.page.getByText('숨긴 친구 1명').click();
    await a.page.locator('details').getByRole('button', { name: '준호님 숨김 해제' }).click();
    await row.waitFor();

    await row.click();
    await a.page.waitForURL(/\/profile\/[a-z0-9]+$/);
    await a.page.getByRole('heading', { name: '준호', level: 1 }).waitFor();
    await a.page.getByText('오늘도 포도 한 송이').waitFor();
    await a.page.getByText('친구', { exact: true }).waitFor();

    await a.page.getByRole('button', { name: '1:1 채팅' }).click();
    await a.page.waitForURL(/\/chat\/[a-z0-9]{20,}$/);
    const roomUrl = a.page.url();

    // Opening it again leads to the same room.
    await a.page.goBack();
    await a.page.getByRole('button', { name: '1:1 채팅' }).click();
    await a.page.waitForURL((url) => url.href === roomUrl);
  });

  it('searching for yourself says so and offers no Add button', async () => {
    const a = await person('self', '나혼자');
    await a.page.goto('/chat/friends');
    await search(a.page, a.who.loginId);
    await a.page.getByRole('region', { name: '검색 결과' }).getByText('나예요').waitFor();
    await expect(a.page.getByRole('region', { name: '검색 결과' }).getByRole('button', { name: '친구 추가' }).count()).resolves.toBe(0);
  });
});

describe('profile photo', () => {
  async function uploadAvatar(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
    await page.getByLabel('프로필 사진 올리기', { exact: true }).setInputFiles(file);
  }

  it('A uploads an avatar on 나 and sees it; a friend sees it too; a fake image is refused', async () => {
    const [a, b] = await Promise.all([person('pic', '사진가'), person('fan', '팬')]);
    await openMe(a.page);
    await a.page.getByText('아직 사진이 없어요').first().waitFor();

    // A page pretending to be a PNG: refused, nothing changes.
    await uploadAvatar(a.page, { name: 'evil.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await a.page.getByRole('alert').filter({ hasText: 'JPG, PNG, WebP, GIF 사진만 올릴 수 있어요.' }).waitFor();

    await uploadAvatar(a.page, { name: 'me.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await makeImage('jpeg', 800, 600)) });
    await a.page.getByRole('status').filter({ hasText: '프로필 사진을 바꿨어요.' }).waitFor();
    const preview = '[data-testid="profile-avatar-preview"] img';
    await expect.poll(() => a.page.locator(preview).getAttribute('src')).toMatch(/^\/api\/profiles\/[a-z0-9]+\/image\/avatar\?v=/);
    await expect.poll(() => naturalWidth(a.page, preview)).toBe(512);

    // Still there after a reload.
    await a.page.reload();
    await expect.poll(() => naturalWidth(a.page, preview)).toBe(512);

    // B adds A and sees the photo in the friends list.
    await b.page.goto('/chat/friends');
    await search(b.page, a.who.loginId);
    await b.page.getByRole('region', { name: '검색 결과' }).getByRole('button', { name: '친구 추가' }).click();
    const rowImg = '[data-testid="friend-row"] img';
    await b.page.locator(rowImg).waitFor();
    await expect.poll(() => naturalWidth(b.page, rowImg)).toBe(512);

    // Removing it brings back the placeholder.
    await a.page.getByRole('button', { name: '프로필 사진 지우기' }).click();
    await a.page.getByRole('status').filter({ hasText: '프로필 사진을 지웠어요.' }).waitFor();
    await expect(a.page.locator(preview).count()).resolves.toBe(0);
  });
});

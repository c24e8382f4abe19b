// A person records a piece by typing (with a photo), finds it on its day in the
// calendar and in the list, edits it, and deletes it — on a phone, through the real pages.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { kstDay } from '@/lib/missions/schedule';
import { browserForFile, waitForPath } from './helpers/browser';
import { person } from './helpers/family';

const session = browserForFile();

describe('my pieces', () => {
  it('record by typing, see it on its day, edit it, delete it', { timeout: 180_000 }, async () => {
    const me = await person(session.browser, session.open, 'piece', '관객');
    const { page } = me;
    const month = kstDay(new Date()).slice(0, 7);
    const day = `${month}-10`;

    // The 조각 tab: an empty month inviting to record.
    await page.getByRole('link', { name: '조각' }).first().click();
    await waitForPath(page, '/pieces');
    await page.getByRole('heading', { name: /아직 조각이 없어요/ }).waitFor();
    await page.getByRole('link', { name: '조각 기록하기' }).first().click();
    await waitForPath(page, '/pieces/new');

    await page.getByRole('radio', { name: '연극' }).check();
    await page.getByLabel('제목 (필수)').fill('레미제라블');
    await page.getByLabel('관람일 (필수)').fill(day);
    await page.getByLabel('시간').fill('19:30');
    await page.getByLabel('장소').fill('블루스퀘어');
    const cast = page.getByRole('textbox', { name: '출연진' });
    await cast.fill('민우혁');
    await cast.press('Enter');
    await cast.fill('조정은');
    await page.getByRole('button', { name: '추가', exact: true }).click();
    await page.getByRole('button', { name: '민우혁 빼기' }).waitFor();
    await page.getByLabel('가격 (원)').fill('99,000');
    await page.getByRole('radio', { name: '별 4.5개' }).check();
    await page.getByLabel('리뷰').fill('장발장의 마지막 노래에서 울었다.');
    const poster = await sharp({ create: { width: 300, height: 420, channels: 3, background: '#5f3695' } }).jpeg().toBuffer();
    await page.getByLabel('사진 고르기').first().setInputFiles({ name: 'poster.jpg', mimeType: 'image/jpeg', buffer: poster });
    await page.getByTestId('main-photo').waitFor();
    await page.getByRole('button', { name: '저장하기' }).click();

    // The piece page.
    await page.waitForURL(/\/pieces\/[a-z0-9]{20,}$/);
    const piecePath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: '레미제라블', level: 1 }).waitFor();
    await page.getByText('민우혁, 조정은').first().waitFor();
    await page.getByText('99,000원').first().waitFor();
    await page.getByRole('img', { name: '별 4.5개' }).first().waitFor();
    expect(await page.getByTestId('visibility').textContent()).toBe('나만 보기');

    // Its day in the calendar shows it (with its photo), and the day's list opens it.
    await page.getByRole('link', { name: /캘린더로/ }).click();
    await waitForPath(page, '/pieces');
    const cell = page.getByTestId(`day-${day}`);
    await cell.getByRole('button', { name: /조각 1개 \(레미제라블\)/ }).waitFor();
    expect(await cell.locator('img').count()).toBe(1);
    await cell.getByRole('button').click();
    await page.getByTestId('pieces-of-day').getByRole('link', { name: /레미제라블/ }).click();
    await waitForPath(page, piecePath);

    // Edit: a new title and rating; the calendar follows.
    await page.getByRole('link', { name: '고치기' }).click();
    await waitForPath(page, `${piecePath}/edit`);
    await page.getByLabel('제목 (필수)').fill('레미제라블 (재관람)');
    await page.getByRole('radio', { name: '별 5개' }).check();
    await page.getByRole('button', { name: '저장하기' }).click();
    await waitForPath(page, piecePath);
    await page.getByRole('heading', { name: '레미제라블 (재관람)', level: 1 }).waitFor();
    await page.getByRole('img', { name: '별 5개' }).first().waitFor();
    await page.getByRole('link', { name: /캘린더로/ }).click();
    await cell.getByRole('button', { name: /레미제라블 \(재관람\)/ }).waitFor();

    // The list shows it under its kind, not under another.
    await page.getByRole('navigation', { name: '조각 메뉴' }).getByRole('link', { name: '목록' }).click();
    await waitForPath(page, '/pieces/list');
    await page.getByTestId('piece-row').filter({ hasText: '레미제라블 (재관람)' }).waitFor();
    await page.getByRole('radio', { name: '영화' }).check();
    await page.getByText('아직 이 종류의 조각이 없어요.').waitFor();

    // Delete, after the in-app confirmation; it is gone from its day.
    await page.goto(piecePath);
    await page.getByRole('button', { name: '삭제' }).click();
    const dialog = page.getByRole('dialog', { name: '이 조각을 삭제할까요?' });
    await dialog.getByRole('button', { name: '취소' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '삭제' }).click();
    await dialog.getByRole('button', { name: '삭제하기' }).click();
    await waitForPath(page, '/pieces');
    await cell.getByRole('button', { name: /조각 없음/ }).waitFor();
    expect((await page.request.get(`/api/pieces${piecePath.slice('/pieces'.length)}`)).status()).toBe(404);
  });
});

// The pieces & cakes journey with two people and a signed-out visitor: A records a piece
// from a photo of a ticket (the scan fills the fields, A confirms), picks a look, makes
// it public and copies the link; the visitor opens the link and sees the ticket, whose
// preview image is a 1200×630 PNG; B records the same show by typing its title and lands
// on the same cake; A and B talk in the cake's room (A's earned title beside A's name);
// B likes A's piece and A sees the count move; A's calendar shows the piece on its day.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { kstDay } from '@/lib/missions/schedule';
import { photoOf } from '../tests/tickets/generate';
import type { Ticket } from '../tests/tickets/data';
import { browserForFile, newDevice, waitForPath } from './helpers/browser';
import { person } from './helpers/family';

const session = browserForFile();
const composer = (page: import('playwright-core').Page) => page.getByLabel('메시지 입력', { exact: true });

describe('pieces and cakes, together', () => {
  it('scan → look → public link → signed-out visitor → same cake → chat → like → calendar → title', { timeout: 300_000 }, async () => {
    const [a, b] = await Promise.all([
      person(session.browser, session.open, 'fanA', '첫관객'),
      person(session.browser, session.open, 'fanB', '둘관객'),
    ]);
    // Two days ago in Korea (never tomorrow), so the piece falls in a month the calendar can show.
    const day = kstDay(new Date(Date.now() - 2 * 86_400_000));
    const truth: Ticket = { kind: 'MUSICAL', title: '레미제라블', date: day, time: '19:30', venue: '블루스퀘어 신한카드홀', seat: '1층 7열 12번', price: 99000, scannedOn: kstDay(new Date()) };
    const photo = await photoOf(truth, 'mobile', { kind: 'screenshot', width: 1080, quality: 85 });

    // A: the scan fills the form; A checks the kind and saves.
    await a.page.goto('/pieces/new');
    await a.page.getByTestId('scan-file').setInputFiles({ name: 'ticket.jpg', mimeType: 'image/jpeg', buffer: photo });
    await a.page.getByText(/채운 칸: .*제목/).waitFor({ timeout: 90_000 });
    expect(await a.page.getByLabel('제목 (필수)').inputValue()).toBe('레미제라블');
    expect(await a.page.getByLabel('관람일 (필수)').inputValue()).toBe(day);
    expect(await a.page.getByLabel('시간').inputValue()).toBe('19:30');
    await a.page.getByRole('radio', { name: '뮤지컬' }).check();
    await a.page.getByRole('button', { name: '저장하기' }).click();
    await a.page.waitForURL(/\/pieces\/[a-z0-9]{20,}$/);
    const piecePath = new URL(a.page.url()).pathname;
    await a.page.getByRole('heading', { name: '레미제라블', level: 1 }).waitFor();
    await a.page.getByText('1층 7열 12번').first().waitFor();

    // A picks a look: the 영화표 layout in 밤하늘.
    // (The radios are drawn by their labels, which take the tap.)
    for (const look of ['영화표', '밤하늘']) {
      await a.page.locator('label', { hasText: look }).click();
      await expect.poll(() => a.page.getByRole('radio', { name: look }).isChecked()).toBe(true);
      await a.page.getByText('티켓 모양을 바꿨어요.').waitFor();
    }

    // A makes it public and makes the link.
    await a.page.getByRole('button', { name: '공개하기' }).click();
    await a.page.getByText('공개 조각이에요. 링크를 받은 누구나 볼 수 있어요.').waitFor();
    await a.page.getByRole('button', { name: '공유 링크 만들기' }).click();
    const linkBox = a.page.getByLabel('공유 링크');
    await expect.poll(() => linkBox.inputValue()).toMatch(/\/p\/[A-Za-z0-9_-]{20,}$/);
    const link = new URL(await linkBox.inputValue());

    // A signed-out visitor opens it: the ticket, and a preview image of 1200×630.
    const visitor = await newDevice(session.browser);
    session.open.push(visitor.context);
    await visitor.page.goto(link.pathname);
    const ticket = visitor.page.getByRole('img', { name: '첫관객님의 레미제라블 티켓' });
    await expect.poll(() => ticket.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 60_000 }).toBe(1080);
    await visitor.page.getByRole('link', { name: '나도 티켓 조각 만들기' }).waitFor();
    const og = await visitor.page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toBeTruthy();
    const image = await visitor.page.request.get(new URL(og!).pathname);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(await sharp(await image.body()).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });

    // A's first piece earned a title; A wears it.
    await a.page.goto('/pieces/stats');
    await a.page.getByRole('button', { name: '‘첫 조각’ 칭호 달기' }).click();
    await a.page.getByText('이름 옆에 ‘첫 조각’ 칭호를 달고 있어요.').waitFor();

    // B records the same show by typing its title (with a stray space) and lands on A's cake.
    await b.page.goto('/pieces/new');
    await b.page.getByRole('radio', { name: '뮤지컬' }).check();
    await b.page.getByLabel('제목 (필수)').fill('레미제라블 ');
    await b.page.getByLabel('관람일 (필수)').fill(day);
    await b.page.getByRole('button', { name: '저장하기' }).click();
    await b.page.waitForURL(/\/pieces\/[a-z0-9]{20,}$/);
    await b.page.getByTestId('to-cake').click();
    await b.page.waitForURL(/\/cakes\/[a-z0-9]+$/);
    const cakePath = new URL(b.page.url()).pathname;
    await a.page.goto(piecePath);
    await a.page.getByTestId('to-cake').click();
    await waitForPath(a.page, cakePath);

    // B likes A's piece on the cake page; A, on the same page, sees the count move.
    const aCard = (page: typeof a.page) => page.getByTestId('piece-card').filter({ hasText: '첫관객' });
    expect(await aCard(a.page).getByTestId('like-count').textContent()).toBe('0');
    await aCard(b.page).getByTestId('like-button').click();
    await expect.poll(() => aCard(a.page).getByTestId('like-count').textContent(), { timeout: 15_000 }).toBe('1');

    // Both join the cake's room and talk; B sees A's title beside A's name.
    await a.page.getByTestId('cake-room').getByRole('button', { name: '참여하기' }).click();
    await a.page.waitForURL(/\/chat\/[a-z0-9]+$/);
    const roomPath = new URL(a.page.url()).pathname;
    await b.page.getByTestId('cake-room').getByRole('button', { name: '참여하기' }).click();
    await waitForPath(b.page, roomPath);
    await composer(a.page).fill('장발장 넘버 최고였어요');
    await composer(a.page).press('Enter');
    const fromA = b.page.getByTestId('message').filter({ hasText: '장발장 넘버 최고였어요' });
    await fromA.waitFor({ timeout: 15_000 });
    expect(await fromA.getByTestId('worn-title').textContent()).toBe('첫 조각');
    await composer(b.page).fill('저도요! 2막에서 울었어요');
    await composer(b.page).press('Enter');
    await a.page.getByTestId('message').filter({ hasText: '저도요! 2막에서 울었어요' }).waitFor({ timeout: 15_000 });

    // A's calendar shows the piece on its day.
    await a.page.goto(`/pieces?month=${day.slice(0, 7)}`);
    await a.page.getByTestId(`day-${day}`).getByRole('button', { name: /레미제라블/ }).waitFor();
  });
});

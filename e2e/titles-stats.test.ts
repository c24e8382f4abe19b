// 나만의 공간 in a browser: a person with pieces of a year sees the year in numbers,
// wears a title they earned (and it stays worn after a reload), makes the year card and
// a signed-out visitor opens its link and sees the card. With SCREENSHOT_DIR set, the
// pages are also saved as PNGs at 360 px and at desktop width, for a person to look at.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { resolveTypedShow } from '@/lib/shows/service';
import { browserForFile, newDevice, newPerson, signUp } from './helpers/browser';

const session = browserForFile();
const SHOTS = process.env.SCREENSHOT_DIR;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.evaluate(() => document.fonts.ready);
  for (const [label, width] of [['360', 360], ['desktop', 1280]] as const) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
}

const YEAR = 2025;
const seen: [string, string, string, string, number | null, number | null, string[]][] = [
  ['레미제라블', 'MUSICAL', '03-08', '블루스퀘어 신한카드홀', 9, 150000, ['민우혁', '조정은']],
  ['레미제라블', 'MUSICAL', '04-19', '블루스퀘어 신한카드홀', 10, 150000, ['민우혁', '김우형']],
  ['오페라의 유령', 'MUSICAL', '06-01', '샤롯데씨어터', 8, 170000, ['조승우']],
  ['데스노트', 'MUSICAL', '07-12', '디큐브 링크아트센터', 7, 140000, ['김준수', '홍광호']],
  ['햄릿', 'PLAY', '05-05', '예술의전당 CJ토월극장', 8, 70000, ['이승주']],
  ['파묘', 'MOVIE', '02-24', 'CGV 용산아이파크몰', 9, 15000, []],
  ['인사이드 아웃 2', 'MOVIE', '06-14', '메가박스 코엑스', 8, 15000, []],
  ['아이유 콘서트', 'CONCERT', '09-21', 'KSPO DOME', 10, 165000, ['아이유']],
  ['혁오 밴드', 'CONCERT', '11-02', '올림픽홀', null, 99000, ['혁오']],
];

describe('나만의 공간', () => {
  it('shows the year, wears an earned title and shares the year card with a signed-out visitor', async () => {
    const me = await newDevice(session.browser);
    session.open.push(me.context);
    const who = newPerson('ts', '모아관객');
    await signUp(me.page, who);
    const user = await db.user.findUniqueOrThrow({ where: { loginId: who.loginId } });
    for (const [title, kind, day, venue, rating, price, cast] of seen) {
      const k = kind as 'MUSICAL' | 'PLAY' | 'MOVIE' | 'CONCERT';
      const show = await resolveTypedShow({ kind: k, title, year: YEAR });
      await db.piece.create({ data: { ownerId: user.id, showId: show.id, kind: k, title, date: new Date(`${YEAR}-${day}T00:00:00Z`), venue, rating, price, cast } });
    }

    const page = me.page;
    await page.goto(`/pieces/stats?year=${YEAR}`);
    await page.getByRole('heading', { name: '나만의 공간' }).waitFor();
    await expect.poll(() => page.getByTestId('stat-total').textContent()).toBe('9개');
    // The exact sum is read out; a phone shows it short (97.4만원).
    expect(await page.getByTestId('stat-spent').textContent()).toContain('974,000원');
    // Earned titles come first; wear one.
    await page.getByRole('button', { name: '‘회전문’ 칭호 달기' }).click();
    await page.getByTestId('worn-status').getByText('이름 옆에 ‘회전문’ 칭호를 달고 있어요.').waitFor();
    await page.reload();
    await page.getByTestId('worn-status').getByText('이름 옆에 ‘회전문’ 칭호를 달고 있어요.').waitFor();
    expect(await page.locator('[data-testid="title-card"][data-earned="true"]').count()).toBeGreaterThanOrEqual(4);

    await page.getByRole('button', { name: '카드 만들기' }).click();
    await expect.poll(() => page.getByTestId('share-link').inputValue()).toMatch(/^http.*\/y\/[A-Za-z0-9_-]{32}$/);
    const link = await page.getByTestId('share-link').inputValue();
    await expect.poll(() => page.getByTestId('share-preview').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 60_000 }).toBe(1200);
    await shoot(page, 'pieces-stats');

    // A signed-out visitor: the card page, its image loaded, the worn title named.
    const visitor = await newDevice(session.browser);
    session.open.push(visitor.context);
    await visitor.page.goto(new URL(link).pathname);
    await visitor.page.getByRole('heading', { name: '모아관객님의 2025년 조각' }).waitFor();
    await visitor.page.getByText('칭호: 회전문').waitFor();
    await expect.poll(() => visitor.page.locator('main img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 60_000 }).toBe(1080);
    await shoot(visitor.page, 'year-card-page');
  }, 180_000);
});

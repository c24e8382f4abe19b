import { it } from 'vitest';
import { launchBrowser, newPerson, signUp } from './helpers/browser';

it('circles screenshots', async () => {
  const browser = await launchBrowser();
  const mk = async (w: number) => {
    const context = await browser.newContext({ baseURL: process.env.MOA_BASE_URL, viewport: { width: w, height: 800 }, locale: 'ko-KR', extraHTTPHeaders: { 'x-forwarded-for': `198.19.${Math.floor(Math.random()*250)}.${Math.floor(Math.random()*250)}` } });
    return context.newPage();
  };
  const a = await mk(360); const b = await mk(360);
  const pa = newPerson('shot', '민아'); const pb = newPerson('shotb', '준');
  await signUp(a, pa); await signUp(b, pb);
  await a.screenshot({ path: '/work/circles-tmp/home-empty.png', fullPage: true });
  await a.getByLabel('상대 아이디', { exact: true }).fill(pb.loginId);
  await a.getByRole('button', { name: '요청 보내기' }).click();
  await b.getByRole('button', { name: '민아님의 요청 수락' }).waitFor();
  await b.screenshot({ path: '/work/circles-tmp/home-received.png', fullPage: true });
  await a.screenshot({ path: '/work/circles-tmp/home-sent.png', fullPage: true });
  await b.getByRole('button', { name: '민아님의 요청 수락' }).click();
  await a.getByTestId('circle-card').waitFor();
  await a.getByTestId('circle-card').click();
  await a.getByRole('button', { name: '연결 끊기 시작' }).click();
  await a.getByText(/연결이 끊어지기까지/).waitFor();
  await a.screenshot({ path: '/work/circles-tmp/couple-page.png', fullPage: true });
  await b.getByText(/연결이 끊어지기까지/).waitFor();
  await b.screenshot({ path: '/work/circles-tmp/home-couple.png', fullPage: true });
  await b.getByLabel('가족 이름', { exact: true }).fill('하늘이네');
  await b.getByRole('button', { name: '가족 만들기' }).click();
  await b.getByTestId('invite-code-CHILD').waitFor();
  await b.screenshot({ path: '/work/circles-tmp/family-page.png', fullPage: true });
  const d = await mk(1280);
  await d.goto('/login');
  await d.getByLabel('아이디', { exact: true }).fill(pb.loginId);
  await d.getByLabel('비밀번호', { exact: true }).fill(pb.password);
  await d.getByRole('button', { name: '로그인', exact: true }).click();
  await d.getByTestId('circle-card').first().waitFor();
  await d.screenshot({ path: '/work/circles-tmp/home-desktop.png', fullPage: true });
  await browser.close();
});

// TEMPORARY: screenshots for a visual check (removed before hand-off).
import { afterAll, beforeAll, it } from 'vitest';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { launchBrowser, newDevice, newPerson, signUp } from './helpers/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('missions shots', async () => {
  const parent = await newDevice(browser);
  const child = await newDevice(browser);
  await signUp(parent.page, newPerson('mom', '김엄마'));
  await signUp(child.page, newPerson('kid', '김하늘'));
  const { circle, invite } = await (await parent.page.request.post('/api/circles', { data: { name: '하늘이네' } })).json();
  await child.page.request.post('/api/circles/join', { data: { code: invite.code } });
  const id = circle.id;
  const wish = await (await child.page.request.post(`/api/families/${id}/wishes`, { data: { name: '공룡 퍼즐' } })).json();
  await parent.page.request.post(`/api/families/${id}/boards`, { data: { wishId: wish.wish.id, goal: 10 } });
  const today = (await (await parent.page.request.get(`/api/families/${id}/missions`)).json()).today;
  const mk = (d: object) => parent.page.request.post(`/api/families/${id}/missions`, { data: { childId: child.page ? undefined : '', ...d } });
  const childId = (await (await child.page.request.get('/api/accounts/me')).json()).user?.id;
  for (const d of [
    { title: '이불 개기', description: '아침에 일어나서 이불을 반듯하게 개요.', reward: 1 },
    { title: '방 청소', reward: 2, repeat: 'DAILY' },
    { title: '분리수거', repeat: 'WEEKLY', weekdays: [1, 4], reward: 2 },
    { title: '토요일 대청소', startsOn: `${today.slice(0, 8)}${String(Math.min(28, Number(today.slice(8)) + 2)).padStart(2, '0')}`, reward: 3 },
  ]) await mk({ childId, ...d });
  const list = await (await child.page.request.get(`/api/families/${id}/missions`)).json();
  const r = list.todo.find((x: { mission: { title: string } }) => x.mission.title === '방 청소');
  const form = new FormData();
  const png = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#7444b4' } }).png().toBuffer();
  await child.page.request.post(`/api/families/${id}/missions/${r.missionId}/runs/${r.day}/submit`, { multipart: { photo: { name: 'a.png', mimeType: 'image/png', buffer: png } } });
  void form;
  await parent.page.goto(`/circles/${id}/missions`);
  await parent.page.getByRole('button', { name: 'AI 미션 추천', exact: true }).click();
  await parent.page.getByRole('button', { name: '추천 받기', exact: true }).click();
  await parent.page.getByTestId('suggestion').first().waitFor();
  await parent.page.screenshot({ path: '/tmp/moa-missions/parent.png', fullPage: true });
  await parent.page.getByRole('button', { name: '새 미션 만들기' }).click();
  await parent.page.getByText('요일마다', { exact: true }).click();
  await parent.page.screenshot({ path: '/tmp/moa-missions/form.png', fullPage: true });
  await child.page.goto(`/circles/${id}/missions`);
  await child.page.getByLabel('사진 첨부 (선택)').setInputFiles({ name: 'my-room.png', mimeType: 'image/png', buffer: png });
  await child.page.screenshot({ path: '/tmp/moa-missions/child.png', fullPage: true });
  await parent.page.goto(`/circles/${id}/missions`);
  await parent.page.getByRole('button', { name: '승인' }).click();
  await parent.page.getByRole('status').filter({ hasText: '승인했어요' }).waitFor();
  await parent.page.goto(`/circles/${id}/calendar`);
  await parent.page.getByTestId('calendar-day').first().waitFor();
  await parent.page.screenshot({ path: '/tmp/moa-missions/calendar.png', fullPage: true });
}, 120_000);

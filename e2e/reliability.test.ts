// Stop the realtime server in the middle of a conversation and start it again:
// every message is stored, the other side resyncs on reconnect, nothing is lost or doubled.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newDevice, newPerson, signUp, browserForFile } from './helpers/browser';

const session = browserForFile({ closeOpen: 'all' });
const devices = session.open;

const controlPid = Number(process.env.MOA_TEST_CONTROL_PID);
const soketiPort = Number(process.env.MOA_SOKETI_PORT);

function portOpen(port: number) {
  return new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

async function soketi(state: 'down' | 'up') {
  process.kill(controlPid, state === 'down' ? 'SIGUSR1' : 'SIGUSR2');
  await expect.poll(() => portOpen(soketiPort), { timeout: 20_000 }).toBe(state === 'up');
}

async function openRoom(page: Page, roomId: string) {
  await page.goto(`/chat/${roomId}`);
  await page.getByTestId('room-title').filter({ hasText: /.+/ }).waitFor();
}

async function send(page: Page, text: string) {
  await page.getByLabel('메시지 입력').fill(text);
  await page.keyboard.press('Enter');
}

const timelineTexts = (page: Page) => page.getByTestId('timeline').locator('[data-testid="message"] p').allTextContents();

describe('realtime server restart', () => {
  it('loses nothing and shows nothing twice', async () => {
    expect(controlPid, 'run through npm test').toBeGreaterThan(0);
    const a = await newDevice(session.browser, { desktop: true });
    const b = await newDevice(session.browser);
    devices.push(a, b);
    const pa = newPerson('rela', '가람');
    const pb = newPerson('relb', '나래');
    await signUp(a.page, pa);
    await signUp(b.page, pb);

    // Friends and a 1:1 room, set up through the API with each person's own session.
    const bSearch = await a.page.request.post('/api/friends', { data: { loginId: pb.loginId } });
    expect(bSearch.ok()).toBe(true);
    const bId = (await bSearch.json()).friend.id as string;
    const roomRes = await a.page.request.post(`/api/friends/${bId}/direct`);
    const { roomId } = await roomRes.json();

    await openRoom(a.page, roomId);
    await openRoom(b.page, roomId);
    await send(a.page, '첫 번째');
    await expect.poll(() => timelineTexts(b.page)).toEqual(['첫 번째']);

    await soketi('down');
    // Both keep talking while live updates are down: sends are stored over HTTP. Each send
    // is stored before the next person speaks, so the room's order is the conversation's
    // (two people sending at once may be stored either way round; that is not under test).
    const say = async (page: Page, text: string) => {
      await send(page, text);
      await expect.poll(() => timelineTexts(page)).toContain(text);
      await expect.poll(() => page.getByText('보내는 중').count()).toBe(0);
    };
    await say(a.page, '두 번째');
    await say(b.page, '세 번째');
    await say(a.page, '네 번째');

    await soketi('up');
    const expected = ['첫 번째', '두 번째', '세 번째', '네 번째'];
    await expect.poll(() => timelineTexts(b.page), { timeout: 45_000 }).toEqual(expected);
    await expect.poll(() => timelineTexts(a.page), { timeout: 45_000 }).toEqual(expected);

    // And live delivery works again afterwards.
    await send(b.page, '다시 연결됐어요');
    await expect.poll(() => timelineTexts(a.page), { timeout: 20_000 }).toEqual([...expected, '다시 연결됐어요']);
    const history = await a.page.request.get(`/api/rooms/${roomId}/messages`);
    const bodies = (await history.json()).messages.filter((m: { kind: string }) => m.kind === 'TEXT').map((m: { body: string }) => m.body);
    expect(bodies).toEqual([...expected, '다시 연결됐어요']);
  });
});

// Video calls through the real UI, two people in two browser contexts of a Chromium
// with fake camera and microphone: the call button rings the other side, who accepts;
// a direct WebRTC connection (signalled over the room's realtime channel) decodes
// video frames on both screens; hanging up leaves the call's length in the chat. An
// unanswered call becomes a missed call once the server clock passes 30 seconds.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_URL, browserForFile, launchBrowser, newDevice, newPerson, setServerClock, signUp } from './helpers/browser';

// Media needs its own flags: fake devices, no permission prompt, loopback ICE.
const session = browserForFile({
  launch: () =>
    launchBrowser(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--allow-loopback-in-peer-connection', '--autoplay-policy=no-user-gesture-required']),
});
const open = session.open;
afterEach(async () => {
  await setServerClock(0);
});

async function person(prefix: string, name: string) {
  const d = await newDevice(session.browser);
  open.push(d.context);
  await d.context.grantPermissions(['camera', 'microphone'], { origin: BASE_URL });
  const who = newPerson(prefix, name);
  await signUp(d.page, who);
  return d;
}

/** A family (parent and child) made through the API, both looking at its chat room. */
async function familyInRoom() {
  const [parent, child] = await Promise.all([person('mom', '엄마'), person('kid', '하늘')]);
  const made = await parent.page.request.post('/api/circles', { data: { name: '영상통화네' } });
  expect(made.status()).toBe(201);
  const { circle, invite } = await made.json();
  expect((await child.page.request.post('/api/circles/join', { data: { code: invite.code } })).status()).toBe(200);
  for (const d of [parent, child]) {
    await d.page.goto(`/chat/${circle.roomId}`);
    await d.page.getByRole('button', { name: '영상통화', exact: true }).waitFor();
  }
  return { parent: parent.page, child: child.page, roomUrl: `/chat/${circle.roomId}` };
}

/** The other person's video is playing: decoded frames with a real size. */
async function remoteFramesDecoded(page: Page) {
  await page.waitForFunction(() => {
    const v = document.querySelector<HTMLVideoElement>('[data-testid="remote-video"]');
    return !!v && v.videoWidth > 0 && v.getVideoPlaybackQuality().totalVideoFrames > 0;
  }, undefined, { timeout: 30_000, polling: 200 });
  return page.evaluate(() => {
    const v = document.querySelector<HTMLVideoElement>('[data-testid="remote-video"]')!;
    return { width: v.videoWidth, frames: v.getVideoPlaybackQuality().totalVideoFrames };
  });
}

const systemLine = (page: Page, text: string | RegExp) => page.getByTestId('system-message').filter({ hasText: text });

describe('video calls', () => {
  it('the call button rings the other side, who accepts; both decode video; hanging up shows the length in the chat', async () => {
    const { parent, child } = await familyInRoom();

    await parent.getByRole('button', { name: '영상통화', exact: true }).click();
    const callerScreen = parent.getByRole('dialog', { name: '영상통화 화면' });
    await callerScreen.getByRole('status').filter({ hasText: '연결하는 중…' }).waitFor();

    const incoming = child.getByRole('dialog', { name: '엄마님의 영상통화' });
    await incoming.waitFor();
    await incoming.getByRole('button', { name: '받기' }).click();
    await incoming.waitFor({ state: 'detached' });

    const calleeScreen = child.getByRole('dialog', { name: '영상통화 화면' });
    const [a, b] = await Promise.all([remoteFramesDecoded(parent), remoteFramesDecoded(child)]);
    expect(a.width).toBeGreaterThan(0);
    expect(b.frames).toBeGreaterThan(0);
    await callerScreen.getByRole('status').filter({ hasText: '통화 중' }).waitFor();
    await calleeScreen.getByRole('status').filter({ hasText: '통화 중' }).waitFor();
    await systemLine(child, '영상통화를 시작했어요.').waitFor();

    // Controls are labelled and say what they will do next.
    await calleeScreen.getByRole('button', { name: '마이크 끄기' }).click();
    await calleeScreen.getByRole('button', { name: '마이크 켜기', pressed: true }).waitFor();
    expect(await child.evaluate(() => (document.querySelector('[data-testid="local-video"]') as HTMLVideoElement).srcObject instanceof MediaStream)).toBe(true);
    await calleeScreen.getByRole('button', { name: '카메라 끄기' }).click();
    await calleeScreen.getByRole('button', { name: '카메라 켜기' }).click();
    await calleeScreen.getByRole('button', { name: '카메라 끄기' }).waitFor();
    // One fake camera: nothing to switch to, so no switch button.
    expect(await calleeScreen.getByRole('button', { name: '카메라 전환' }).count()).toBe(0);

    await new Promise((r) => setTimeout(r, 1200));
    await callerScreen.getByRole('button', { name: '통화 종료' }).click();
    await callerScreen.waitFor({ state: 'detached' });
    await calleeScreen.waitFor({ state: 'detached' });
    for (const page of [parent, child]) await systemLine(page, /^통화 종료 0:0\d$/).waitFor();
    await child.getByRole('status').filter({ hasText: '통화가 끝났어요.' }).waitFor();
  });

  it('a call rings on any screen: on Home the banner answers in one tap; names, timer and the notification follow', async () => {
    const { parent, child, roomUrl } = await familyInRoom();
    await child.goto('/');
    await child.getByRole('heading', { level: 1 }).first().waitFor();

    await parent.getByRole('button', { name: '영상통화', exact: true }).click();
    await parent.getByRole('dialog', { name: '영상통화 화면' }).waitFor();
    const banner = child.getByRole('dialog', { name: '엄마님의 영상통화' });
    // The whole caller text shows (it wraps instead of being cut to "엄마님…").
    const title = banner.getByText('엄마님의 영상통화', { exact: true });
    await title.waitFor();
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await banner.getByText('탭해서 받기').count()).toBe(0);
    const answer = banner.getByRole('link', { name: '엄마님의 영상통화 받기' });
    await expect.poll(() => answer.getAttribute('href')).toMatch(/\?answer=/);
    await answer.click();
    await child.waitForURL(`**${roomUrl}`);
    // No second step: the room accepts at once.
    const [a, b] = await Promise.all([remoteFramesDecoded(parent), remoteFramesDecoded(child)]);
    expect(a.frames).toBeGreaterThan(0);
    expect(b.frames).toBeGreaterThan(0);
    expect(await child.getByRole('dialog', { name: '엄마님의 영상통화' }).count()).toBe(0);
    // Each side sees who is on the other end, and the time running.
    await child.getByRole('dialog', { name: '영상통화 화면' }).getByTestId('call-peer').filter({ hasText: '엄마' }).waitFor();
    await parent.getByRole('dialog', { name: '영상통화 화면' }).getByTestId('call-peer').filter({ hasText: '하늘' }).waitFor();
    await parent.getByTestId('call-timer').filter({ hasText: /^0:0[1-9]$/ }).waitFor();
    await parent.getByRole('dialog', { name: '영상통화 화면' }).getByRole('button', { name: '통화 종료' }).click();
    await child.getByRole('dialog', { name: '영상통화 화면' }).waitFor({ state: 'detached' });
    // The notification no longer offers to answer, and is not unread.
    await child.goto('/me/notifications');
    const note = child.getByTestId('notification-item').filter({ hasText: '엄마님의 영상통화' });
    await note.filter({ hasText: '받은 영상통화' }).waitFor();
    expect(await note.filter({ hasText: '탭해서 받기' }).count()).toBe(0);
    expect(await child.getByTestId('notification-item').filter({ hasText: '읽지 않음' }).count()).toBe(0);
  });

  it('the banner stops ringing when the caller gives up', async () => {
    const { parent, child } = await familyInRoom();
    await child.goto('/');
    await child.getByRole('heading', { level: 1 }).first().waitFor();
    await parent.getByRole('button', { name: '영상통화', exact: true }).click();
    const callerScreen = parent.getByRole('dialog', { name: '영상통화 화면' });
    await callerScreen.waitFor();
    const banner = child.getByRole('dialog', { name: '엄마님의 영상통화' });
    await banner.waitFor();
    await callerScreen.getByRole('button', { name: '통화 종료' }).click();
    await banner.waitFor({ state: 'detached' });
  });

  it('a look at the call answered late, from before it rang, does not stop it ringing', async () => {
    const { parent, child } = await familyInRoom();
    // The child's room asks for the call on opening and again on subscribing; both answers
    // are read at once ("no call") but reach the page only after the call has rung.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let holding = true;
    let held = 0;
    await child.route('**/api/rooms/*/calls', async (route) => {
      if (route.request().method() !== 'GET' || !holding) return route.fallback();
      held++;
      const before = await route.fetch();
      await released;
      await route.fulfill({ response: before });
    });
    await child.reload();
    await child.getByRole('button', { name: '영상통화', exact: true }).waitFor();
    await expect.poll(() => held).toBe(2); // subscribed: the second look is the subscription's

    await parent.getByRole('button', { name: '영상통화', exact: true }).click();
    const incoming = child.getByRole('dialog', { name: '엄마님의 영상통화' });
    await incoming.waitFor();
    // The stale answers arrive; the room asks again and keeps ringing.
    const askedAgain = child.waitForRequest((r) => !holding && r.url().endsWith('/calls') && r.method() === 'GET');
    holding = false;
    release();
    await (await askedAgain).response();
    await incoming.getByRole('button', { name: '받기' }).waitFor();
    await expect(incoming.isVisible()).resolves.toBe(true);
  });

  it('an unanswered call becomes a missed call once the server clock passes 30 seconds', async () => {
    const { parent, child } = await familyInRoom();
    await parent.getByRole('button', { name: '영상통화', exact: true }).click();
    await parent.getByRole('dialog', { name: '영상통화 화면' }).waitFor();
    await child.getByRole('dialog', { name: '엄마님의 영상통화' }).waitFor();

    await setServerClock(31_000);
    // Opening the room again settles the call on the stored deadline; both screens follow.
    await child.reload();
    await parent.getByRole('dialog', { name: '영상통화 화면' }).waitFor({ state: 'detached' });
    await parent.getByRole('status').filter({ hasText: '받지 않은 영상통화' }).waitFor();
    for (const page of [parent, child]) await systemLine(page, '부재중 영상통화').waitFor();
    expect(await child.getByRole('dialog', { name: '엄마님의 영상통화' }).count()).toBe(0);
  });
});

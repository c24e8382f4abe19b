// People and families for the family e2e tests: each person signs up through the real
// form in their own browser context; the family is made through the API with each
// person's own session (the circles e2e covers the forms).
import type { Browser, BrowserContext } from 'playwright-core';

/** Where a test keeps what it must close afterwards (`browserForFile().open`). */
type Track = { push(context: BrowserContext): unknown };
import { expect } from 'vitest';
import { newDevice, newPerson, signUp } from './browser';

/** A signed-up person on a phone; the context is added to `track` so the test can close it. */
export async function person(browser: Browser, track: Track, prefix: string, name: string) {
  const d = await newDevice(browser);
  track.push(d.context);
  const who = newPerson(prefix, name);
  await signUp(d.page, who);
  const me = await (await d.page.request.get('/api/accounts/me')).json();
  return { ...d, who, id: me.user.id as string };
}

/** A parent (엄마) and a child (하늘) in one family named `familyName`. */
export async function family(browser: Browser, track: Track, familyName = '하늘이네') {
  const [parent, child] = await Promise.all([person(browser, track, 'mom', '엄마'), person(browser, track, 'kid', '하늘')]);
  const made = await parent.page.request.post('/api/circles', { data: { name: familyName } });
  expect(made.status()).toBe(201);
  const { circle, invite } = await made.json();
  expect((await child.page.request.post('/api/circles/join', { data: { code: invite.code } })).status()).toBe(200);
  return { parent, child, circleId: circle.id as string };
}

// The offline mock push service started by `npm test` (web-push-testing): it hands
// out subscriptions for our VAPID key and decrypts whatever the server pushes.
import type { Client } from './client';

export const PUSH_URL = process.env.PUSH_TEST_SERVICE_URL ?? 'http://127.0.0.1:8090';

export interface MockSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  clientHash: string;
}

export interface ReceivedPush {
  title: string;
  body: string;
  url: string;
  tag: string;
}

async function post(path: string, body?: unknown) {
  return fetch(PUSH_URL + path, {
    method: 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** What a browser's pushManager.subscribe() would return, for this VAPID key. */
export async function mockSubscribe(applicationServerKey: string): Promise<MockSubscription> {
  const res = await post('/subscribe', { userVisibleOnly: 'true', applicationServerKey });
  if (!res.ok) throw new Error(`mock subscribe failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: MockSubscription }).data;
}

/** Every push this subscription received so far, decrypted, oldest first. */
export async function received(sub: MockSubscription): Promise<ReceivedPush[]> {
  const res = await post('/get-notifications', { clientHash: sub.clientHash });
  const body = (await res.json()) as { data: { messages: string[] } };
  return body.data.messages.map((m) => JSON.parse(m) as ReceivedPush);
}

/** From now on the push service answers 410 Gone for this subscription. */
export async function expire(sub: MockSubscription) {
  const res = await post(`/expire-subscription/${sub.clientHash}`);
  if (!res.ok) throw new Error(`mock expire failed: ${res.status}`);
}

/** Wait until the subscription holds `count` pushes (or fail after `ms`). */
export async function waitForPushes(sub: MockSubscription, count: number, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = await received(sub);
    if (got.length >= count) return got;
    if (Date.now() > deadline) throw new Error(`expected ${count} push(es), got ${got.length}: ${JSON.stringify(got)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Subscribe at the mock and register it with Moa as the signed-in `client`. */
export async function registerDevice(client: Client): Promise<MockSubscription> {
  const vapid = await client.json('/api/push/vapid', 'GET');
  if (vapid.status !== 200 || !vapid.data.publicKey) throw new Error(`no VAPID key: ${vapid.status} ${JSON.stringify(vapid.data)}`);
  const sub = await mockSubscribe(vapid.data.publicKey);
  const res = await client.json('/api/push/subscriptions', 'POST', { endpoint: sub.endpoint, keys: sub.keys });
  if (res.status !== 201) throw new Error(`subscribe failed: ${res.status} ${JSON.stringify(res.data)}`);
  return sub;
}

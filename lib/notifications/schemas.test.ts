import { describe, expect, it } from 'vitest';
import { isPublicHttpsEndpoint, subscribeSchema } from './schemas';

const p256dh = 'BEY5LxYISrV9enrS5UUfgQmrLbMl2UHKRgbeq-Cvkrt0qE54RjMvGvAH_6hJC-Uo7rGNJSK1uo6wUj7NueOIaPc';
const auth = 'EwQbJcbBWCJLZ6qK1IJTEg';

describe('push endpoints the server will POST to', () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/abc:def',
    'https://updates.push.services.mozilla.com/wpush/v2/gAAA',
    'https://web.push.apple.com/QGx',
    'https://wns2-par02p.notify.windows.com/w/?token=x',
  ])('accepts the public push service %s', (url) => expect(isPublicHttpsEndpoint(url)).toBe(true));

  it.each([
    'http://fcm.googleapis.com/fcm/send/abc',
    'https://127.0.0.1/notify/x',
    'https://[::1]/notify/x',
    'https://localhost/x',
    'https://push.localhost/x',
    'https://printer.local/x',
    'https://metadata/computeMetadata',
    'https://user:pass@fcm.googleapis.com/x',
    'ftp://fcm.googleapis.com/x',
    'not a url',
  ])('refuses %s', (url) => expect(isPublicHttpsEndpoint(url)).toBe(false));
});

describe('subscription input', () => {
  it('takes what PushSubscription.toJSON() gives', () => {
    expect(subscribeSchema.safeParse({ endpoint: 'https://fcm.googleapis.com/fcm/send/x', expirationTime: null, keys: { p256dh, auth } }).success).toBe(true);
  });
  it.each([
    { endpoint: 'https://fcm.googleapis.com/x', keys: { p256dh: p256dh.slice(0, 40), auth } },
    { endpoint: 'https://fcm.googleapis.com/x', keys: { p256dh: `A${p256dh.slice(1)}`, auth } },
    { endpoint: 'https://fcm.googleapis.com/x', keys: { p256dh, auth: 'c2hvcnQ' } },
    { endpoint: 'https://fcm.googleapis.com/x', keys: { p256dh, auth: 'not base64!' } },
    { endpoint: 'javascript:alert(1)', keys: { p256dh, auth } },
    { endpoint: 'https://fcm.googleapis.com/x' },
  ])('refuses keys that could never be used: %j', (input) => expect(subscribeSchema.safeParse(input).success).toBe(false));
});

// Web push delivery: encrypt with web-push, send over node:http(s) pinned to an address
// checked at send time (one code path for the https push services and the http mock used
// in tests), forget dead subscriptions.
import webpush from 'web-push';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { isLocale, DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config';
import type { PushPayload } from './schemas';
import { PushAddressError, postPinned, resolvePushAddress } from './push-address';

const SEND_TIMEOUT_MS = 10_000;

export function vapidKeys() {
  const e = env();
  if (!e.VAPID_PUBLIC_KEY || !e.VAPID_PRIVATE_KEY) return null;
  return { subject: e.VAPID_SUBJECT, publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY };
}

let warned = false;

interface Target {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushOptions {
  /** Seconds the push service keeps an undelivered message (a stale chat ping is noise). */
  ttl?: number;
  urgency?: 'very-low' | 'low' | 'normal' | 'high';
}

type Vapid = NonNullable<ReturnType<typeof vapidKeys>>;

const forget = (t: Target) => db.pushSubscription.deleteMany({ where: { id: t.id, endpoint: t.endpoint } });

/** Send one push; 404/410 from the push service means the subscription is gone. */
async function sendOne(vapid: Vapid, target: Target, payload: PushPayload, opts: PushOptions) {
  const host = new URL(target.endpoint).host;
  try {
    // Topic (≤32 base64url chars) lets the push service replace an undelivered
    // message with a newer one of the same tag, like the tag does on the device.
    const topic = /^[A-Za-z0-9_-]{1,32}$/.test(payload.tag) ? payload.tag : undefined;
    let details: ReturnType<typeof webpush.generateRequestDetails>;
    try {
      details = webpush.generateRequestDetails(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        JSON.stringify(payload),
        { vapidDetails: vapid, TTL: opts.ttl ?? 24 * 3600, urgency: opts.urgency ?? 'normal', topic },
      );
    } catch (err) {
      // Keys nothing can encrypt for: this subscription can never receive anything.
      console.warn(`[moa] push subscription for ${host} is unusable, forgetting it:`, (err as Error).message);
      await forget(target);
      return 'gone' as const;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(details.headers)) if (k.toLowerCase() !== 'content-length') headers[k.toLowerCase()] = String(v);
    const url = new URL(details.endpoint);
    const testMode = env().MOA_TEST_HOOKS === '1';
    if (url.protocol !== 'https:' && !testMode) return 'failed' as const;
    let pinned: Awaited<ReturnType<typeof resolvePushAddress>>;
    try {
      // Checked at every send, not only at subscribe time: the name's answers can change.
      pinned = await resolvePushAddress(url, { allowLoopback: testMode });
    } catch (err) {
      console.warn(`[moa] push to ${host} refused:`, (err as Error).message);
      // A name that resolves inside our network is never a push service: forget it.
      if (err instanceof PushAddressError && err.reason === 'not_public') {
        await forget(target);
        return 'gone' as const;
      }
      return 'failed' as const;
    }
    // To the checked address only; never follows a redirect (a server-side request to a URL a browser gave us).
    const res = await postPinned(url, pinned, headers, new Uint8Array(details.body ?? []), SEND_TIMEOUT_MS);
    if (res.status === 404 || res.status === 410) {
      await forget(target);
      return 'gone' as const;
    }
    if (res.status < 200 || res.status >= 300) {
      console.warn(`[moa] push refused (${res.status}) by ${host}`);
      return 'failed' as const;
    }
    return 'sent' as const;
  } catch (err) {
    console.warn(`[moa] push failed to ${host}:`, (err as Error).message);
    return 'failed' as const;
  }
}

export interface PushTarget extends Target {
  user: { locale: string };
}

/** The select that makes a subscription row a PushTarget. */
export const pushTargetSelect = { id: true, endpoint: true, p256dh: true, auth: true, user: { select: { locale: true } } } as const;

export function pushEnabled() {
  if (vapidKeys()) return true;
  if (!warned) console.warn('[moa] web push is off: VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY are not set');
  warned = true;
  return false;
}

/**
 * Push to these subscriptions, the payload built once per recipient locale.
 * Never throws: a push is a courtesy, the data is already stored.
 */
export async function pushToTargets(targets: PushTarget[], payloadFor: (locale: Locale) => PushPayload, opts: PushOptions = {}) {
  if (!targets.length || !pushEnabled()) return [];
  const vapid = vapidKeys()!;
  const payloads = new Map<Locale, PushPayload>();
  const payload = (raw: string) => {
    const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
    if (!payloads.has(locale)) payloads.set(locale, payloadFor(locale));
    return payloads.get(locale)!;
  };
  return Promise.all(targets.map((t) => sendOne(vapid, t, payload(t.user.locale), opts)));
}

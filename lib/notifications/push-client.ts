'use client';

// This device's web push subscription: check, turn on, turn off. Every failure maps
// to a state the settings screen can explain (unsupported, denied, unavailable, failed).
import { api } from '@/lib/api-client';

export type PushState = 'checking' | 'unsupported' | 'unavailable' | 'denied' | 'off' | 'on' | 'failed' | 'saveFailed';

const READY_TIMEOUT_MS = 10_000;
// Without a reachable push service some browsers never settle subscribe().
const SUBSCRIBE_TIMEOUT_MS = 20_000;

function within<T>(p: Promise<T>, ms: number) {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

export function pushSupported() {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function keyBytes(base64url: string) {
  const b64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

function sameKey(sub: PushSubscription, key: Uint8Array) {
  const had = sub.options.applicationServerKey;
  if (!had) return false;
  const bytes = new Uint8Array(had);
  return bytes.length === key.length && bytes.every((b, i) => b === key[i]);
}

/** The active service worker registration (registering it if the shell has not yet). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  try {
    if (!(await navigator.serviceWorker.getRegistration('/'))) await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    return await within(navigator.serviceWorker.ready, READY_TIMEOUT_MS);
  } catch {
    return null;
  }
}

const save = (sub: PushSubscription) => api('/api/push/subscriptions', { json: sub.toJSON() });

export async function currentPushState(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const reg = await navigator.serviceWorker.getRegistration('/');
  const sub = await reg?.pushManager.getSubscription().catch(() => null);
  if (!sub || Notification.permission !== 'granted') return 'off';
  // The browser may have been signed in as someone else before: claim it for me.
  await save(sub).catch(() => undefined);
  return 'on';
}

export async function enablePush(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const { publicKey } = await api<{ publicKey: string | null }>('/api/push/vapid');
  if (!publicKey) return 'unavailable';
  const reg = await registration();
  if (!reg) return 'unsupported';
  const key = keyBytes(publicKey);
  let sub: PushSubscription;
  try {
    let existing = await reg.pushManager.getSubscription();
    // Made for another server key (the keys were rotated): push services would refuse it.
    if (existing && !sameKey(existing, key)) {
      await existing.unsubscribe();
      existing = null;
    }
    sub = existing ?? (await within(reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }), SUBSCRIBE_TIMEOUT_MS));
  } catch {
    // E.g. no connection to the browser's push service (Chromium needs Google's).
    return 'failed';
  }
  try {
    await save(sub);
  } catch {
    return 'saveFailed';
  }
  return 'on';
}

export async function disablePush(): Promise<PushState> {
  const reg = await navigator.serviceWorker.getRegistration('/');
  const sub = await reg?.pushManager.getSubscription();
  if (sub) {
    // Tell the server first: once unsubscribed the endpoint is gone from the browser.
    await api('/api/push/subscriptions', { method: 'DELETE', json: { endpoint: sub.endpoint } }).catch(() => undefined);
    await sub.unsubscribe().catch(() => undefined);
  }
  return 'off';
}

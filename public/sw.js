// Moa service worker: caches the app shell (offline page, icons, built assets) and
// serves the offline page when a navigation fails. API calls are never cached.
const VERSION = 'moa-shell-v1';
const SHELL = ['/offline', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png'];

// The offline page must work offline: cache the built CSS and JS chunks it references
// too, or it shows unstyled and never hydrates (its retry button does nothing).
async function cacheShell() {
  const cache = await caches.open(VERSION);
  await cache.addAll(SHELL);
  const page = await cache.match('/offline');
  const html = page ? await page.text() : '';
  const assets = new Set(html.match(/\/_next\/static\/[^"'\\\s)]+/g) || []);
  // Best effort: one missing asset must not stop the worker from installing.
  await Promise.all([...assets].map((url) => cache.add(url).catch(() => {})));
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;

  if (req.mode === 'navigate') {
    event.respondWith(fetch(req).catch(() => caches.match('/offline').then((r) => r || Response.error())));
    return;
  }
  // Built assets are content-hashed: cache-first is safe and makes repeat visits instant.
  if (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/icons/') || url.pathname.startsWith('/stickers/') || url.pathname.startsWith('/catalog/')) {
    event.respondWith(
      caches.match(req).then((hit) => hit || fetch(req).then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(VERSION).then((c) => c.put(req, copy));
        }
        return res;
      })),
    );
  }
});

// Web push (used by the notifications feature): show the payload, open its URL on tap.
self.addEventListener('push', (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch { data = { title: 'Moa', body: event.data && event.data.text() }; }
  event.waitUntil(self.registration.showNotification(data.title || 'Moa', {
    body: data.body || '',
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    tag: data.tag,
    data: { url: data.url || '/' },
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((wins) => {
    for (const w of wins) if ('focus' in w) { w.navigate(target); return w.focus(); }
    return self.clients.openWindow(target);
  }));
});

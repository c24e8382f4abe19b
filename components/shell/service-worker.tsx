'use client';

import { useEffect } from 'react';

/** Registers the hand-written service worker (app shell cache + offline page). */
export function ServiceWorkerRegistrar() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // An unsupported or blocked worker only costs offline support; the app still works.
    });
  }, []);
  return null;
}

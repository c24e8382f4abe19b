'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/button';

/** Reloads after this long when the page shows up while the browser says it is online. */
const AUTO_RETRY_MS = 3_000;

/** Reloads when tapped, and by itself as soon as the connection comes back. */
export function RetryButton({ label }: { label: string }) {
  useEffect(() => {
    const back = () => window.location.reload();
    window.addEventListener('online', back);
    // The connection may have come back before this page hydrated (no 'online' event
    // then), or the browser is online and only the server was unreachable: try again.
    const timer = navigator.onLine ? window.setTimeout(back, AUTO_RETRY_MS) : undefined;
    return () => {
      window.removeEventListener('online', back);
      window.clearTimeout(timer);
    };
  }, []);
  return <Button type="button" onClick={() => window.location.reload()}>{label}</Button>;
}

'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/button';

/** Reloads when tapped, and by itself as soon as the connection comes back. */
export function RetryButton({ label }: { label: string }) {
  useEffect(() => {
    const back = () => window.location.reload();
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, []);
  return <Button type="button" onClick={() => window.location.reload()}>{label}</Button>;
}

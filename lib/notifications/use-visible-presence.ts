'use client';

// Hold `presence-user-{me}` while this tab is visible, so the server pushes app events
// (grapes, missions…) to my devices only when no Moa tab of mine is on screen.
import { useEffect } from 'react';
import { channels } from '@/lib/realtime/channels';
import { useRealtime } from '@/lib/realtime/client';
import { listen } from '@/lib/realtime/listen';

export function useVisiblePresence(userId: string) {
  const client = useRealtime();
  useEffect(() => {
    if (!client) return;
    const name = channels.userPresence(userId);
    let stop: (() => void) | null = null;
    const sync = () => {
      const visible = document.visibilityState === 'visible';
      if (visible && !stop) stop = listen(client, name, () => ({ handlers: {} }));
      else if (!visible && stop) {
        stop();
        stop = null;
      }
    };
    sync();
    document.addEventListener('visibilitychange', sync);
    return () => {
      document.removeEventListener('visibilitychange', sync);
      stop?.();
    };
  }, [client, userId]);
}

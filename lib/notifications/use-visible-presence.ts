'use client';

// Hold `presence-user-{me}` while this tab is visible, so the server pushes app events
// (grapes, missions…) to my devices only when no Moa tab of mine is on screen.
import { useEffect } from 'react';
import { channels } from '@/lib/realtime/channels';
import { useRealtime } from '@/lib/realtime/client';

export function useVisiblePresence(userId: string) {
  const client = useRealtime();
  useEffect(() => {
    if (!client) return;
    const name = channels.userPresence(userId);
    let joined = false;
    const sync = () => {
      const visible = document.visibilityState === 'visible';
      if (visible && !joined) client.subscribe(name);
      else if (!visible && joined) client.unsubscribe(name);
      joined = visible;
    };
    sync();
    document.addEventListener('visibilitychange', sync);
    return () => {
      document.removeEventListener('visibilitychange', sync);
      if (joined) client.unsubscribe(name);
    };
  }, [client, userId]);
}

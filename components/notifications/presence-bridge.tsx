'use client';

import { useVisiblePresence } from '@/lib/notifications/use-visible-presence';

/** Mounted once in the app shell: while this tab is on screen, app-event pushes stay quiet. */
export function PresenceBridge({ userId }: { userId: string }) {
  useVisiblePresence(userId);
  return null;
}

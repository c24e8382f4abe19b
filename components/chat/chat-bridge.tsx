'use client';

import { useUserChatEvents } from '@/lib/chat/queries';

/** Mounted once in the app shell: keeps the chat list and badges live on every tab. */
export function ChatBridge({ userId }: { userId: string }) {
  useUserChatEvents(userId);
  return null;
}

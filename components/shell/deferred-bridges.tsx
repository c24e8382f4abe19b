'use client';

import dynamic from 'next/dynamic';

// The shell's listeners render nothing until an event arrives, and they act on realtime
// events, whose client (pusher-js) itself loads after hydration: their code can follow the
// first paint instead of being part of every signed-in page's first load.
const ChatBridge = dynamic(() => import('@/components/chat/chat-bridge').then((m) => m.ChatBridge), { ssr: false });
const PresenceBridge = dynamic(() => import('@/components/notifications/presence-bridge').then((m) => m.PresenceBridge), { ssr: false });
const IncomingCallBanner = dynamic(() => import('@/components/calls/incoming-call-banner').then((m) => m.IncomingCallBanner), { ssr: false });

/** The chat, presence and incoming-call listeners of the app shell, loaded after hydration. */
export function DeferredBridges({ userId }: { userId: string }) {
  return (
    <>
      <ChatBridge userId={userId} />
      <PresenceBridge userId={userId} />
      <IncomingCallBanner userId={userId} />
    </>
  );
}

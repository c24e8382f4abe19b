'use client';
// A room's message bubble, memoised: a room re-renders on every presence, typing,
// realtime or panel change, and without this every bubble in the timeline re-rendered
// with it (React's long tasks on a phone, issue 12). The room passes plain flags and
// one stable set of handlers that take the message, so an unchanged message (its
// object is kept by the timeline reducer) skips rendering.
import { memo } from 'react';
import type { ReactionCode } from '@/lib/chat/schemas';
import type { TimelineMessage } from '@/lib/chat/use-room-messages';
import { MessageBubble, type MessageBubbleProps } from './message-bubble';

/** The room's handlers, one object for the room's lifetime (they read the room's latest state). */
export interface BubbleHandlers {
  menu: (m: TimelineMessage) => void;
  react: (m: TimelineMessage, code: ReactionCode) => void;
  jump: (seq: number) => void;
  retry: (m: TimelineMessage) => void;
  sender: (m: TimelineMessage) => void;
  report: (m: TimelineMessage) => void;
}

/** What the bubble shows, as MessageBubble takes it, and flags in place of its callbacks. */
interface Props extends Pick<MessageBubbleProps, 'm' | 'mine' | 'showSender' | 'unreadCount' | 'highlighted'> {
  hasMenu: boolean;
  canReact: boolean;
  canOpenSender: boolean;
  canReport: boolean;
  handlers: BubbleHandlers;
}

export const RoomBubble = memo(function RoomBubble({ m, hasMenu, canReact, canOpenSender, canReport, handlers, ...shown }: Props) {
  return (
    <MessageBubble
      m={m}
      {...shown}
      onMenu={hasMenu ? () => handlers.menu(m) : undefined}
      onReact={canReact ? (code) => handlers.react(m, code) : undefined}
      onJump={handlers.jump}
      onRetry={handlers.retry}
      onSender={canOpenSender ? () => handlers.sender(m) : undefined}
      onReport={canReport ? () => handlers.report(m) : undefined}
    />
  );
});

// The live side of an open room, without React (use-room-realtime.ts mounts it): the
// room channel (messages, deletions, read positions, changes) and, while the tab is
// visible, the room's presence channel (who is looking; typing as client events).
// Both through the counted `listen`, so leaving the room removes only the room view's
// own handlers: the call button, the incoming-call banner and the couple ranking keep
// theirs on the same channel.
import type Pusher from 'pusher-js';
import type { PresenceChannel } from 'pusher-js';
import { channels } from '@/lib/realtime/channels';
import { listen } from '@/lib/realtime/listen';
import type { MessageDto, ReactionEvent } from './schemas';

export interface RoomCallbacks {
  message(m: MessageDto & { refetch?: boolean }): void;
  deleted(id: string): void;
  /** A message's reactions changed (not a new message: nothing to count). */
  reaction(e: ReactionEvent): void;
  read(userId: string, lastReadSeq: number): void;
  changed(): void;
  /** First subscription: what was sent between the history load and now. */
  ready(): void;
  /** After a reconnect: what was missed, and the room's details. */
  resync(): void;
  present(userIds: string[]): void;
  /** Someone else typing; the id is the one the realtime server stamped. */
  typing(userId: string, name: string): void;
}

export interface Visibility {
  hidden(): boolean;
  /** Call `fn` on every change; returns the undo. */
  watch(fn: () => void): () => void;
}

export const documentVisibility: Visibility = {
  hidden: () => document.visibilityState === 'hidden',
  watch: (fn) => {
    document.addEventListener('visibilitychange', fn);
    return () => document.removeEventListener('visibilitychange', fn);
  },
};

/**
 * Attach a room view; returns the detach. `cb()` gives the current callbacks. Without
 * `presence` (a cake's open room: thousands of members, readers who have not joined)
 * only the room channel is joined.
 */
export function attachRoom(client: Pusher, roomId: string, meId: string, cb: () => RoomCallbacks, visibility: Visibility = documentVisibility, presence = true) {
  const stopRoom = listen(client, channels.room(roomId), () => ({
    handlers: {
      message: (d) => cb().message(d as MessageDto & { refetch?: boolean }),
      'message-deleted': (d) => cb().deleted((d as { id: string }).id),
      reaction: (d) => cb().reaction(d as ReactionEvent),
      read: (d) => cb().read((d as { userId: string }).userId, (d as { lastReadSeq: number }).lastReadSeq),
      'room-changed': () => cb().changed(),
      // Refused on a resubscribe: I left or was removed (a ban cuts the connection at
      // once); refetching the room shows that it is gone.
      'pusher:subscription_error': () => cb().changed(),
    },
    onReady: () => cb().ready(),
    onResync: () => cb().resync(),
  }));

  // Presence means "looking at this room": a hidden tab leaves it, so its owner gets pushes.
  const presenceName = channels.roomPresence(roomId);
  const members = () => client.channel(presenceName) as PresenceChannel | undefined;
  const refresh = () => {
    const ids: string[] = [];
    members()?.members.each((m: { id: string }) => ids.push(m.id));
    cb().present(ids);
  };
  let stopPresence: (() => void) | null = null;
  const join = () => {
    stopPresence = listen(client, presenceName, () => ({
      handlers: {
        'pusher:subscription_succeeded': refresh,
        'pusher:member_added': refresh,
        'pusher:member_removed': refresh,
        // On presence channels the server stamps client events with the sender's
        // authenticated id, so nobody can appear to type as someone else.
        'client-typing': (_d, meta) => {
          const userId = meta?.user_id;
          if (!userId || userId === meId) return;
          const member = members()?.members.get(userId) as { info?: { name?: string } } | null;
          cb().typing(userId, member?.info?.name ?? '');
        },
      },
      onReady: refresh,
    }));
  };
  const leave = () => {
    stopPresence?.();
    stopPresence = null;
  };
  if (!presence) return stopRoom;
  if (!visibility.hidden()) join();
  const unwatch = visibility.watch(() => {
    if (visibility.hidden()) leave();
    else if (!stopPresence) join();
  });

  return () => {
    unwatch();
    stopRoom();
    leave();
  };
}

'use client';

// Live side of an open room as React state: new and deleted messages, read positions,
// who is here (presence) and who is typing, and a catch-up after reconnects. The
// channel work (counted, own handlers only) is in room-channel.ts.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { setLiveData } from '@/lib/query/live';
import { channels } from '@/lib/realtime/channels';
import { useRealtime } from '@/lib/realtime/client';
import { chatKeys } from './queries';
import { attachRoom, type RoomCallbacks } from './room-channel';
import type { RoomDetailDto } from './schemas';
import type { useRoomMessages } from './use-room-messages';

type Timeline = ReturnType<typeof useRoomMessages>;

/**
 * `withPresence`: join "who is looking" and typing too (1:1, group, circle and group-order
 * rooms); false for a cake's open room; null while the room's kind is not known yet
 * (nothing is attached until it is, so the room channel is joined once).
 */
export function useRoomRealtime(roomId: string, meId: string, timeline: Timeline, withPresence: boolean | null = true) {
  const client = useRealtime();
  const qc = useQueryClient();
  const [present, setPresent] = useState<string[]>([]);
  const [typing, setTyping] = useState<Record<string, { name: string; until: number }>>({});
  const lastTypingSent = useRef(0);
  const callbacks = useRef<RoomCallbacks | null>(null);
  useEffect(() => {
    callbacks.current = {
      message: (d) => {
        const newest = timeline.stored.at(-1)?.seq ?? 0;
        if (d.refetch) void timeline.catchUp();
        else timeline.dispatch({ type: 'merge', messages: [d] });
        // A message beyond the next seq means we missed some: fetch the hole.
        if (!d.refetch && newest > 0 && d.seq > newest + 1) void timeline.catchUp();
        if (d.sender) setTyping((t) => { const next = { ...t }; delete next[d.sender!.id]; return next; });
      },
      deleted: (id) => timeline.dispatch({ type: 'deleted', id }),
      reaction: (e) => timeline.dispatch({ type: 'reaction', messageId: e.messageId, reactions: e.reactions, ...(e.userId === meId ? { mine: e.code } : {}) }),
      // Through setLiveData: the resync's refetch of the room may be out, read before this.
      read: (userId, lastReadSeq) =>
        setLiveData<RoomDetailDto>(qc, chatKeys.room(roomId), (old) =>
          old ? { ...old, members: old.members.map((m) => (m.id === userId ? { ...m, lastReadSeq: Math.max(m.lastReadSeq, lastReadSeq) } : m)) } : old,
        ),
      changed: () => void qc.invalidateQueries({ queryKey: chatKeys.room(roomId) }),
      ready: () => {
        void timeline.catchUp();
        void timeline.flush();
      },
      resync: () => {
        void timeline.catchUp();
        void qc.invalidateQueries({ queryKey: chatKeys.room(roomId) });
        void timeline.flush();
      },
      present: setPresent,
      typing: (userId, name) => setTyping((t) => ({ ...t, [userId]: { name, until: Date.now() + 4000 } })),
    };
  }, [timeline, qc, roomId, meId]);

  useEffect(() => {
    if (!client || withPresence === null) return;
    return attachRoom(client, roomId, meId, () => callbacks.current!, undefined, withPresence);
  }, [client, roomId, meId, withPresence]);

  // Typing indicators expire on their own.
  useEffect(() => {
    const t = setInterval(() => {
      setTyping((cur) => {
        const now = Date.now();
        const live = Object.entries(cur).filter(([, v]) => v.until > now);
        return live.length === Object.keys(cur).length ? cur : Object.fromEntries(live);
      });
    }, 1000);
    return () => clearInterval(t);
  }, []);

  const notifyTyping = useCallback(() => {
    const ch = client?.channel(channels.roomPresence(roomId));
    if (!ch?.subscribed || Date.now() - lastTypingSent.current < 2500) return;
    lastTypingSent.current = Date.now();
    ch.trigger('client-typing', {});
  }, [client, roomId]);

  return { present, typingNames: Object.values(typing).map((t) => t.name), notifyTyping };
}

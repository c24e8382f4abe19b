'use client';

// Live side of an open room: new and deleted messages, read positions, who is here
// (presence) and who is typing (client events), and a catch-up after reconnects.
import { useQueryClient } from '@tanstack/react-query';
import type { PresenceChannel } from 'pusher-js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRealtime } from '@/lib/realtime/client';
import { chatKeys } from './queries';
import type { MessageDto, RoomDetailDto } from './schemas';
import type { useRoomMessages } from './use-room-messages';

type Timeline = ReturnType<typeof useRoomMessages>;

export function useRoomRealtime(roomId: string, meId: string, timeline: Timeline) {
  const client = useRealtime();
  const qc = useQueryClient();
  const [present, setPresent] = useState<string[]>([]);
  const [typing, setTyping] = useState<Record<string, { name: string; until: number }>>({});
  const latest = useRef(timeline);
  useEffect(() => {
    latest.current = timeline;
  });
  const lastTypingSent = useRef(0);

  useEffect(() => {
    if (!client) return;
    const roomCh = client.subscribe(`private-room-${roomId}`);
    let subscribedOnce = false;
    roomCh.bind('pusher:subscription_succeeded', () => {
      // First subscription: anything sent between our history load and now; later: a reconnect.
      void latest.current.catchUp();
      if (subscribedOnce) void qc.invalidateQueries({ queryKey: chatKeys.room(roomId) });
      subscribedOnce = true;
      void latest.current.flush();
    });
    roomCh.bind('message', (d: MessageDto & { refetch?: boolean }) => {
      const newest = latest.current.stored.at(-1)?.seq ?? 0;
      if (d.refetch) void latest.current.catchUp();
      else latest.current.dispatch({ type: 'merge', messages: [d] });
      // A message beyond the next seq means we missed some: fetch the hole.
      if (!d.refetch && newest > 0 && d.seq > newest + 1) void latest.current.catchUp();
      if (d.sender) setTyping((t) => { const next = { ...t }; delete next[d.sender!.id]; return next; });
    });
    roomCh.bind('message-deleted', (d: { id: string }) => latest.current.dispatch({ type: 'deleted', id: d.id }));
    roomCh.bind('read', (d: { userId: string; lastReadSeq: number }) => {
      qc.setQueryData<RoomDetailDto>(chatKeys.room(roomId), (old) =>
        old ? { ...old, members: old.members.map((m) => (m.id === d.userId ? { ...m, lastReadSeq: Math.max(m.lastReadSeq, d.lastReadSeq) } : m)) } : old,
      );
    });
    roomCh.bind('room-changed', () => void qc.invalidateQueries({ queryKey: chatKeys.room(roomId) }));

    // Presence means "looking at this room": a hidden tab leaves it, so its owner gets pushes.
    const presenceName = `presence-room-${roomId}`;
    // (Re)joining creates a fresh channel object in pusher-js, so bind on every join.
    let presence: PresenceChannel | null = null;
    const join = () => {
      const ch = client.subscribe(presenceName) as PresenceChannel;
      presence = ch;
      const refresh = () => {
        const ids: string[] = [];
        ch.members.each((m: { id: string }) => ids.push(m.id));
        setPresent(ids);
      };
      ch.bind('pusher:subscription_succeeded', refresh);
      ch.bind('pusher:member_added', refresh);
      ch.bind('pusher:member_removed', refresh);
      // On presence channels the server stamps client events with the sender's
      // authenticated id, so nobody can appear to type as someone else.
      ch.bind('client-typing', (_d: unknown, meta?: { user_id?: string }) => {
        const userId = meta?.user_id;
        if (!userId || userId === meId) return;
        const member = ch.members.get(userId) as { info?: { name?: string } } | null;
        setTyping((t) => ({ ...t, [userId]: { name: member?.info?.name ?? '', until: Date.now() + 4000 } }));
      });
    };
    const leave = () => {
      presence?.unbind_all();
      presence = null;
      client.unsubscribe(presenceName);
    };
    if (document.visibilityState !== 'hidden') join();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
      else if (!presence) join();
    };
    document.addEventListener('visibilitychange', onVisibility);

    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      roomCh.unbind_all();
      client.unsubscribe(`private-room-${roomId}`);
      leave();
    };
  }, [client, roomId, meId, qc]);

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
    const ch = client?.channel(`presence-room-${roomId}`);
    if (!ch?.subscribed || Date.now() - lastTypingSent.current < 2500) return;
    lastTypingSent.current = Date.now();
    ch.trigger('client-typing', {});
  }, [client, roomId]);

  return { present, typingNames: Object.values(typing).map((t) => t.name), notifyTyping };
}

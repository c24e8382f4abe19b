'use client';

// Live side of an open room: new and deleted messages, read positions, who is here
// (presence) and who is typing (client events), and a catch-up after reconnects.
import { useQueryClient } from '@tanstack/react-query';
import type { PresenceChannel } from 'pusher-js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { releaseChannel, retainChannel, useRealtime } from '@/lib/realtime/client';
import { chatKeys } from './queries';
import type { MessageDto, RoomDetailDto } from './schemas';
import type { useRoomMessages } from './use-room-messages';

type Timeline = ReturnType<typeof useRoomMessages>;

/**
 * `presence`: join "who is looking" and typing (members of 1:1, group and circle rooms);
 * false for open rooms (thousands of members, and readers who have not joined), null
 * until the room's kind is known.
 */
export function useRoomRealtime(roomId: string, meId: string, timeline: Timeline, withPresence: boolean | null = true) {
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
    // Held, not owned: the shell's chat list may listen on an open room's channel too.
    const roomName = `private-room-${roomId}`;
    const roomCh = retainChannel(client, roomName);
    let subscribedOnce = roomCh.subscribed;
    if (subscribedOnce) {
      // Already subscribed by the other holder: no subscription event will come.
      void latest.current.catchUp();
      void latest.current.flush();
    }
    const handlers: [string, (d: never) => void][] = [];
    const on = <D,>(event: string, fn: (d: D) => void) => {
      handlers.push([event, fn as (d: never) => void]);
      roomCh.bind(event, fn);
    };
    on('pusher:subscription_succeeded', () => {
      // First subscription: anything sent between our history load and now; later: a reconnect.
      void latest.current.catchUp();
      if (subscribedOnce) void qc.invalidateQueries({ queryKey: chatKeys.room(roomId) });
      subscribedOnce = true;
      void latest.current.flush();
    });
    on('message', (d: MessageDto & { refetch?: boolean }) => {
      const newest = latest.current.stored.at(-1)?.seq ?? 0;
      if (d.refetch) void latest.current.catchUp();
      else latest.current.dispatch({ type: 'merge', messages: [d] });
      // A message beyond the next seq means we missed some: fetch the hole.
      if (!d.refetch && newest > 0 && d.seq > newest + 1) void latest.current.catchUp();
      if (d.sender) setTyping((t) => { const next = { ...t }; delete next[d.sender!.id]; return next; });
    });
    on('message-deleted', (d: { id: string }) => latest.current.dispatch({ type: 'deleted', id: d.id }));
    on('read', (d: { userId: string; lastReadSeq: number }) => {
      qc.setQueryData<RoomDetailDto>(chatKeys.room(roomId), (old) =>
        old ? { ...old, members: old.members.map((m) => (m.id === d.userId ? { ...m, lastReadSeq: Math.max(m.lastReadSeq, d.lastReadSeq) } : m)) } : old,
      );
    });
    on('room-changed', () => void qc.invalidateQueries({ queryKey: chatKeys.room(roomId) }));
    return () => {
      for (const [event, fn] of handlers) roomCh.unbind(event, fn);
      releaseChannel(client, roomName);
    };
  }, [client, roomId, qc]);

  useEffect(() => {
    if (!client || !withPresence) return;
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
      leave();
    };
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
    const ch = client?.channel(`presence-room-${roomId}`);
    if (!ch?.subscribed || Date.now() - lastTypingSent.current < 2500) return;
    lastTypingSent.current = Date.now();
    ch.trigger('client-typing', {});
  }, [client, roomId]);

  return { present, typingNames: Object.values(typing).map((t) => t.name), notifyTyping };
}

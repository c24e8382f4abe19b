'use client';

// One room's message timeline in the browser: history pages, live events, optimistic
// sends through the outbox (in order, exactly once), catch-up after reconnects.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { api, ApiError } from '@/lib/api-client';
import { isTransientSendError, newClientId, outboxOf, type OutboxItem } from './outbox';
import type { MessageDto, ReactionCode, ReactionCountDto, ReplyRefDto } from './schemas';
import type { UserBrief } from '@/lib/users/brief';

export type LocalStatus = 'sending' | 'waiting' | 'failed';
export type TimelineMessage = MessageDto & { local?: LocalStatus };

interface State {
  stored: MessageDto[];
  pending: TimelineMessage[];
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
  loaded: boolean;
  error: string | null;
}

type Action =
  | { type: 'reset'; messages: MessageDto[]; hasMoreBefore: boolean; hasMoreAfter: boolean }
  | { type: 'merge'; messages: MessageDto[]; hasMoreBefore?: boolean; hasMoreAfter?: boolean }
  | { type: 'pending'; message: TimelineMessage }
  | { type: 'status'; clientId: string; local: LocalStatus }
  | { type: 'drop'; clientId: string }
  | { type: 'deleted'; id: string }
  /** New counts for a message; `mine` only when the change was the reader's own. */
  | { type: 'reaction'; messageId: string; reactions: ReactionCountDto[]; mine?: ReactionCode | null }
  | { type: 'error'; error: string };

function bySeq(a: MessageDto, b: MessageDto) {
  return a.seq - b.seq;
}

/** The highest seq up to which the loaded window has no holes. */
export function contiguousUntil(stored: MessageDto[]) {
  if (stored.length === 0) return 0;
  for (let i = 0; i + 1 < stored.length; i++) if (stored[i + 1].seq !== stored[i].seq + 1) return stored[i].seq;
  return stored[stored.length - 1].seq;
}

export function timelineReducer(s: State, a: Action): State {
  switch (a.type) {
    case 'reset':
      return { ...s, stored: [...a.messages].sort(bySeq), hasMoreBefore: a.hasMoreBefore, hasMoreAfter: a.hasMoreAfter, loaded: true, error: null };
    case 'merge': {
      const byId = new Map(s.stored.map((m) => [m.id, m]));
      for (const m of a.messages) byId.set(m.id, m);
      const clientIds = new Set(a.messages.map((m) => m.clientId).filter(Boolean));
      return {
        ...s,
        stored: [...byId.values()].sort(bySeq),
        pending: s.pending.filter((p) => !clientIds.has(p.clientId)),
        hasMoreBefore: a.hasMoreBefore ?? s.hasMoreBefore,
        hasMoreAfter: a.hasMoreAfter ?? s.hasMoreAfter,
      };
    }
    case 'pending':
      if (s.stored.some((m) => m.clientId === a.message.clientId)) return s;
      return { ...s, pending: [...s.pending.filter((p) => p.clientId !== a.message.clientId), a.message] };
    case 'status':
      return { ...s, pending: s.pending.map((p) => (p.clientId === a.clientId ? { ...p, local: a.local } : p)) };
    case 'drop':
      return { ...s, pending: s.pending.filter((p) => p.clientId !== a.clientId) };
    case 'deleted': {
      // The message goes, with its reactions; replies quoting it now say "deleted".
      const gone = (r: ReplyRefDto): ReplyRefDto => ({ ...r, senderName: null, body: '', fileName: null, deleted: true });
      const quoting = (m: TimelineMessage) => (m.replyTo?.id === a.id ? { ...m, replyTo: gone(m.replyTo) } : m);
      return {
        ...s,
        stored: s.stored.map((m) =>
          m.id === a.id ? { ...m, deleted: true, body: '', attachment: null, stickerId: null, replyTo: null, reactions: [], myReaction: null } : quoting(m),
        ),
        pending: s.pending.map(quoting),
      };
    }
    case 'reaction':
      return {
        ...s,
        stored: s.stored.map((m) =>
          m.id === a.messageId && !m.deleted ? { ...m, reactions: a.reactions, myReaction: a.mine === undefined ? m.myReaction : a.mine } : m,
        ),
      };
    case 'error':
      return { ...s, error: a.error, loaded: true };
  }
}

export interface Page { messages: MessageDto[]; hasMoreBefore: boolean; hasMoreAfter: boolean; anchorSeq?: number | null }

function optimistic(item: OutboxItem, me: UserBrief, local: LocalStatus): TimelineMessage {
  return {
    id: `local-${item.clientId}`, roomId: item.roomId, seq: Number.MAX_SAFE_INTEGER, clientId: item.clientId, kind: item.kind,
    body: item.body ?? '', stickerId: item.stickerId ?? null, attachment: null, system: null, sender: me, createdAt: item.createdAt, deleted: false, local,
    replyTo: item.replyTo ?? null,
  };
}

/** The timeline before anything happened: empty, or the latest page the server rendered with the room. */
export function seedState(initial?: Page): State {
  const empty = { stored: [], pending: [], hasMoreBefore: false, hasMoreAfter: false, loaded: false, error: null };
  return initial ? timelineReducer(empty, { type: 'reset', messages: initial.messages, hasMoreBefore: initial.hasMoreBefore, hasMoreAfter: false }) : empty;
}

/** `initial`: the latest page rendered with the page (the first paint shows it; no first fetch). */
export function useRoomMessages(roomId: string, me: UserBrief, initial?: Page) {
  const [state, dispatch] = useReducer(timelineReducer, initial, seedState);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const flushing = useRef(false);
  const firstLoad = useRef<Promise<void>>(Promise.resolve());
  const base = `/api/rooms/${roomId}/messages`;
  // This person's queue only: someone else's waiting messages never go out under my name.
  const outbox = useMemo(() => outboxOf(me.id), [me.id]);

  const loadLatest = useCallback(async () => {
    try {
      const p = await api<Page>(`${base}?limit=50`);
      dispatch({ type: 'reset', messages: p.messages, hasMoreBefore: p.hasMoreBefore, hasMoreAfter: false });
      stateRef.current = { ...stateRef.current, stored: p.messages, hasMoreBefore: p.hasMoreBefore, hasMoreAfter: false, loaded: true };
    } catch (err) {
      dispatch({ type: 'error', error: err instanceof ApiError ? err.message : '' });
    }
  }, [base]);

  const loadOlder = useCallback(async () => {
    const first = stateRef.current.stored[0];
    if (!first || !stateRef.current.hasMoreBefore) return;
    const p = await api<Page>(`${base}?limit=50&before=${first.seq}`);
    dispatch({ type: 'merge', messages: p.messages, hasMoreBefore: p.hasMoreBefore });
  }, [base]);

  /** Fetch everything after the newest message we hold (after a reconnect or a slim event). */
  const catchUp = useCallback(async () => {
    // Catch up from the first page, never from nothing (which would fetch the whole history).
    await firstLoad.current;
    if (stateRef.current.hasMoreAfter) return; // looking at older history: the "latest" button reloads
    for (let i = 0; i < 20; i++) {
      // Seqs are dense per room, so a hole means missed events: start from the first
      // hole, not from the newest message (my own send may have landed after the hole).
      const from = contiguousUntil(stateRef.current.stored);
      const p = await api<Page>(`${base}?limit=100&after=${from}`);
      dispatch({ type: 'merge', messages: p.messages });
      const byId = new Map(stateRef.current.stored.map((m) => [m.id, m]));
      for (const m of p.messages) byId.set(m.id, m);
      stateRef.current = { ...stateRef.current, stored: [...byId.values()].sort(bySeq) };
      if (!p.hasMoreAfter && contiguousUntil(stateRef.current.stored) === (stateRef.current.stored.at(-1)?.seq ?? 0)) break;
    }
  }, [base]);

  const jump = useCallback(
    async (target: { seq?: number; date?: string }) => {
      const q = target.seq ? `around=${target.seq}` : `date=${target.date}`;
      const p = await api<Page>(`${base}?limit=50&${q}`);
      dispatch({ type: 'reset', messages: p.messages, hasMoreBefore: p.hasMoreBefore, hasMoreAfter: p.hasMoreAfter });
      // The message to show: the one asked for, or the first of the day.
      return p.messages.length > 0 ? (p.anchorSeq ?? null) : null;
    },
    [base],
  );

  /**
   * Send queued messages one by one, oldest first, until the outbox is empty; the
   * queue is re-read after each send so messages added meanwhile go out too. At the
   * first network failure everything still queued waits for the connection.
   */
  // The next try after a 503, spread out so a crowd of refused senders does not return at once.
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flushLater = useRef<() => void>(() => {});
  const retryAfter = (seconds: unknown) => {
    if (retryTimer.current) clearTimeout(retryTimer.current);
    const ms = (typeof seconds === 'number' && seconds > 0 ? seconds : 1) * 1000 * (0.5 + Math.random());
    retryTimer.current = setTimeout(() => flushLater.current(), ms);
  };
  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    const queue = () => outbox.forRoom(roomId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    try {
      for (let item = queue()[0]; item; item = queue()[0]) {
        // Already in the history (a send whose answer was lost on the way): it is stored, done.
        const { clientId } = item;
        if (stateRef.current.stored.some((m) => m.clientId === clientId)) {
          outbox.remove(clientId);
          continue;
        }
        dispatch({ type: 'status', clientId: item.clientId, local: 'sending' });
        try {
          const { message } = await api<{ message: MessageDto }>(base, {
            json: { kind: item.kind, clientId: item.clientId, body: item.body, stickerId: item.stickerId, replyToId: item.replyTo?.id },
          });
          outbox.remove(item.clientId);
          dispatch({ type: 'merge', messages: [message] });
        } catch (err) {
          if (err instanceof ApiError && err.status === 401) {
            // Signed out (elsewhere, or the session ended): the queue must not outlive the session.
            for (const left of queue()) dispatch({ type: 'status', clientId: left.clientId, local: 'failed' });
            outbox.clear();
            break;
          }
          if (err instanceof ApiError && !isTransientSendError(err.status)) {
            outbox.remove(item.clientId);
            dispatch({ type: 'status', clientId: item.clientId, local: 'failed' });
            continue;
          }
          for (const waiting of queue()) dispatch({ type: 'status', clientId: waiting.clientId, local: 'waiting' });
          // A busy server (503, 429; 408 without a body) says when to come back, or a second or so;
          // a lost connection waits for 'online' or a reconnect.
          if (err instanceof ApiError && [408, 429, 503].includes(err.status)) retryAfter(err.details?.retryAfterSeconds);
          break;
        }
      }
    } finally {
      flushing.current = false;
    }
  }, [base, roomId, outbox]);

  const send = useCallback(
    (payload: ({ kind: 'TEXT'; body: string } | { kind: 'STICKER'; stickerId: string }) & { replyTo?: ReplyRefDto }) => {
      const item: OutboxItem = { roomId, clientId: newClientId(), createdAt: new Date().toISOString(), ...payload };
      outbox.add(item);
      dispatch({ type: 'pending', message: optimistic(item, me, 'sending') });
      void flush();
    },
    [roomId, me, flush, outbox],
  );

  const retry = useCallback(
    (m: TimelineMessage) => {
      if (!m.clientId) return;
      outbox.add({
        roomId, clientId: m.clientId, kind: m.kind === 'STICKER' ? 'STICKER' : 'TEXT', body: m.body, stickerId: m.stickerId ?? undefined,
        replyTo: m.replyTo ?? undefined, createdAt: m.createdAt,
      });
      dispatch({ type: 'status', clientId: m.clientId, local: 'sending' });
      void flush();
    },
    [roomId, flush, outbox],
  );

  // First load; messages left in the outbox by an earlier visit show and resend.
  useEffect(() => {
    for (const item of outbox.forRoom(roomId)) dispatch({ type: 'pending', message: optimistic(item, me, 'waiting') });
    // The server's page stands in for the first fetch; anything sent since it was rendered
    // arrives through the room channel's catch-up when it subscribes (ready → catchUp).
    firstLoad.current = initial ? Promise.resolve() : loadLatest();
    void firstLoad.current.then(flush);
    const online = () => void flush();
    flushLater.current = online;
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (retryTimer.current) clearTimeout(retryTimer.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per room
  }, [roomId]);

  return {
    ...state,
    timeline: [...state.stored, ...state.pending] as TimelineMessage[],
    dispatch,
    loadLatest,
    loadOlder,
    catchUp,
    jump,
    send,
    retry,
    flush,
  };
}

'use client';

import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { setLiveData } from '@/lib/query/live';
import { useChannel } from '@/lib/realtime/client';
import { newClientId } from './outbox';
import { previewOf } from './preview';
import type { MessageDto, ReactionCode, ReactionResult, RoomDetailDto, RoomSummaryDto } from './schemas';

export const chatKeys = {
  all: ['chat'] as const,
  rooms: () => [...chatKeys.all, 'rooms'] as const,
  room: (id: string) => [...chatKeys.all, 'room', id] as const,
  unread: () => [...chatKeys.all, 'unread'] as const,
};

export interface RoomsData {
  rooms: RoomSummaryDto[];
  totalUnread: number;
}

/**
 * Every request the chat screens make outside the cached reads: components call these,
 * never `api()` with a URL of their own. (The timeline's pages and sends live in
 * use-room-messages.ts, uploads in upload-client.ts.)
 */
export const chatApi = {
  search: (roomId: string, q: { q?: string; date?: string }) => {
    const params = new URLSearchParams({ roomId });
    if (q.q) params.set('q', q.q);
    if (q.date) params.set('date', q.date);
    return api<{ results: MessageDto[] }>(`/api/search?${params}`).then((r) => r.results);
  },
  markRead: (roomId: string, seq: number) => api(`/api/rooms/${roomId}/read`, { json: { seq } }),
  sendAttachment: (roomId: string, uploadId: string, replyToId?: string) =>
    api<{ message: MessageDto }>(`/api/rooms/${roomId}/messages`, { json: { kind: 'ATTACHMENT', clientId: newClientId(), uploadId, replyToId } }).then((r) => r.message),
  deleteMessage: (roomId: string, messageId: string) => api(`/api/rooms/${roomId}/messages/${messageId}`, { method: 'DELETE' }),
  /** Give my reaction (`code`) to a message, or take it back (null). */
  react: (roomId: string, messageId: string, code: ReactionCode | null) =>
    api<ReactionResult>(`/api/rooms/${roomId}/messages/${messageId}/reactions`, code ? { method: 'PUT', json: { code } } : { method: 'DELETE' }),
  setMuted: (roomId: string, muted: boolean) => api(`/api/rooms/${roomId}/mute`, { method: 'PUT', json: { muted } }),
  renameGroup: (roomId: string, name: string) => api(`/api/rooms/${roomId}`, { method: 'PATCH', json: { name } }),
  leaveGroup: (roomId: string) => api(`/api/rooms/${roomId}/members/me`, { method: 'DELETE' }),
  createGroup: (name: string, memberIds: string[]) => api<{ roomId: string }>('/api/rooms', { json: { name, memberIds } }).then((r) => r.roomId),
  inviteToGroup: (roomId: string, userIds: string[]) => api(`/api/rooms/${roomId}/members`, { json: { userIds } }),
  /** Join a cake's open room (made on first join). */
  joinCakeRoom: (showId: string) => api<{ roomId: string }>(`/api/cakes/${showId}/room`, { method: 'POST' }).then((r) => r.roomId),
  /** A 1:1 room with a fellow member of an open room. */
  directFromRoom: (roomId: string, userId: string) => api<{ roomId: string }>(`/api/rooms/${roomId}/direct`, { json: { userId } }).then((r) => r.roomId),
  block: (userId: string) => api(`/api/users/${userId}/block`, { method: 'PUT' }),
  unblock: (userId: string) => api(`/api/users/${userId}/block`, { method: 'DELETE' }),
};

/**
 * `initial`: the list the server rendered the page with, shown at once; marked stale so it
 * is fetched again behind it (it may be a moment old by the time realtime connects).
 */
export function useRooms(initial?: RoomsData) {
  return useQuery({ queryKey: chatKeys.rooms(), queryFn: () => api<RoomsData>('/api/rooms'), initialData: initial, initialDataUpdatedAt: 0 });
}

/** Per-room positions and the total: what the tab badge shows on every screen. */
export interface UnreadData {
  /** `open`: an open room (new messages come on its room channel); `quiet`: a muted cake room, out of the total. */
  rooms: Record<string, { lastSeq: number; lastReadSeq: number; open?: true; quiet?: true }>;
  totalUnread: number;
}

export function useUnread() {
  return useQuery({ queryKey: chatKeys.unread(), queryFn: () => api<UnreadData>('/api/rooms/unread') });
}

/** `initial`: the details rendered with the room's page (used when nothing newer is cached). */
export function useRoomDetail(roomId: string, initial?: RoomDetailDto) {
  return useQuery({ queryKey: chatKeys.room(roomId), queryFn: () => api<RoomDetailDto>(`/api/rooms/${roomId}`), retry: false, initialData: initial });
}

function patchRooms(qc: QueryClient, fn: (rooms: RoomSummaryDto[]) => RoomSummaryDto[]) {
  setLiveData<RoomsData>(qc, chatKeys.rooms(), (old) => {
    if (!old) return old;
    const rooms = fn(old.rooms);
    return { rooms, totalUnread: rooms.reduce((n, r) => n + (r.quiet ? 0 : r.unread), 0) };
  });
}

/** Move one room's positions forward; a room the badge does not know yet means refetch. */
type Position = UnreadData['rooms'][string];
function patchUnread(qc: QueryClient, roomId: string, next: (cur: Position) => Position) {
  const old = qc.getQueryData<UnreadData>(chatKeys.unread());
  if (!old) return;
  const cur = old.rooms[roomId];
  if (!cur) return void qc.invalidateQueries({ queryKey: chatKeys.unread() });
  const rooms = { ...old.rooms, [roomId]: next(cur) };
  const totalUnread = Object.values(rooms).reduce((n, r) => n + (r.quiet ? 0 : Math.max(0, r.lastSeq - r.lastReadSeq)), 0);
  setLiveData<UnreadData>(qc, chatKeys.unread(), { rooms, totalUnread });
}

interface Activity { roomId: string; seq: number; senderId: string | null; senderName: string | null; kind: MessageDto['kind']; preview: string; at: string }

/** A new message somewhere: bump its room to the top of the list and count it unless it is mine. */
function applyActivity(qc: QueryClient, userId: string, a: Activity) {
  const mine = a.senderId === userId;
  patchUnread(qc, a.roomId, (r) => ({ ...r, lastSeq: Math.max(r.lastSeq, a.seq), lastReadSeq: mine ? Math.max(r.lastReadSeq, a.seq) : r.lastReadSeq }));
  let known = false;
  patchRooms(qc, (rooms) => {
    const next = rooms.map((r) => {
      if (r.id !== a.roomId) return r;
      known = true;
      const lastReadSeq = mine ? Math.max(r.lastReadSeq, a.seq) : r.lastReadSeq;
      const lastSeq = Math.max(r.lastSeq, a.seq);
      return { ...r, lastSeq, lastReadSeq, unread: Math.max(0, lastSeq - lastReadSeq), lastMessage: { preview: a.preview, kind: a.kind, at: a.at, senderName: a.senderName } };
    });
    return next.sort((x, y) => (y.lastMessage?.at ?? '').localeCompare(x.lastMessage?.at ?? ''));
  });
  if (!known) qc.invalidateQueries({ queryKey: chatKeys.rooms() });
}

/**
 * The signed-in user's own channel keeps the chat list and the tab badge live:
 * new activity bumps a room to the top, reads on another device clear its badge.
 */
export function useUserChatEvents(userId: string) {
  const qc = useQueryClient();
  useChannel(
    `private-user-${userId}`,
    {
      'room-activity': (d) => applyActivity(qc, userId, d as Activity),
      'room-read': (d) => {
        const { roomId, lastReadSeq } = d as { roomId: string; lastReadSeq: number };
        patchUnread(qc, roomId, (r) => ({ ...r, lastReadSeq: Math.max(r.lastReadSeq, lastReadSeq) }));
        patchRooms(qc, (rooms) => rooms.map((r) => (r.id === roomId ? { ...r, lastReadSeq, unread: Math.max(0, r.lastSeq - lastReadSeq) } : r)));
      },
      'rooms-changed': () => qc.invalidateQueries({ queryKey: chatKeys.all }),
    },
    () => qc.invalidateQueries({ queryKey: chatKeys.all }),
  );
}

/**
 * An open room I am in sends no event to my own channel (that would be one event per
 * member per message): the list follows its room channel instead, while any screen is
 * open. What was missed while not listening is counted on the next list fetch.
 */
export function useOpenRoomActivity(userId: string, roomId: string) {
  const qc = useQueryClient();
  useChannel(
    `private-room-${roomId}`,
    {
      message: (d) => {
        const m = d as MessageDto & { refetch?: boolean };
        if (m.refetch || !m.createdAt) {
          // The slim form of a long message says neither sender nor text: refetch both.
          void qc.invalidateQueries({ queryKey: chatKeys.unread() });
          return void qc.invalidateQueries({ queryKey: chatKeys.rooms() });
        }
        applyActivity(qc, userId, { roomId, seq: m.seq, senderId: m.sender?.id ?? null, senderName: m.sender?.displayName ?? null, kind: m.kind, preview: previewOf(m), at: m.createdAt });
      },
    },
    // Every open room catches up when its channel subscribes (at app start, all at once):
    // one fetch in flight answers them all rather than each cancelling and restarting it.
    () => qc.invalidateQueries({ queryKey: chatKeys.all }, { cancelRefetch: false }),
  );
}

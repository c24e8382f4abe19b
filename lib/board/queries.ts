'use client';

// Client data for wishlists, boards and the catalog: one key factory, queries seeded by
// the server render, and a live hook that folds every `board` event (family channel) and
// `wish` event (my user channel: a child's wishes are theirs and the parents') straight
// into the cache (no refetch per event). After a reconnect it refetches
// once; nothing runs while no board or wishlist screen is open.
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '@/lib/api-client';
import { channels } from '@/lib/realtime/channels';
import { forCircle, useChannel } from '@/lib/realtime/client';
import { setLiveData } from '@/lib/query/live';
import { useSeed } from '@/lib/query/seed';
import { mergeBoard, mergeWish, removeWishFrom } from './merge';
import type { AddWishInput } from './schemas';
import type { BoardDto, BoardEvent, BoardsDto, CatalogCategory, CatalogResultDto, FamilySummaryDto, WishDto, WishesDto, WishEvent, WishRemovedEvent } from './schemas';

export const boardKeys = {
  all: ['board'] as const,
  boards: (circleId: string) => [...boardKeys.all, 'boards', circleId] as const,
  wishes: (circleId: string) => [...boardKeys.all, 'wishes', circleId] as const,
  catalog: (q: string, category: CatalogCategory | null) => [...boardKeys.all, 'catalog', q, category ?? ''] as const,
  summary: (circleId: string) => [...boardKeys.all, 'summary', circleId] as const,
};

const familyUrl = (circleId: string) => `/api/families/${circleId}`;

/** Realtime keeps these fresh; a refetch happens only on reconnect (or a child we don't know yet). */
const LIVE = { staleTime: Infinity, retry: false } as const;

export function useBoards(circleId: string, initialData?: BoardsDto) {
  useSeed(boardKeys.boards(circleId), initialData);
  return useQuery({ queryKey: boardKeys.boards(circleId), queryFn: () => api<BoardsDto>(`${familyUrl(circleId)}/boards`), initialData, ...LIVE });
}

export function useWishes(circleId: string, initialData?: WishesDto) {
  useSeed(boardKeys.wishes(circleId), initialData);
  return useQuery({ queryKey: boardKeys.wishes(circleId), queryFn: () => api<WishesDto>(`${familyUrl(circleId)}/wishes`), initialData, ...LIVE });
}

export function useCatalogSearch(q: string, category: CatalogCategory | null) {
  const params = new URLSearchParams({ q, limit: '24', ...(category ? { category } : {}) });
  return useQuery({
    queryKey: boardKeys.catalog(q, category),
    queryFn: ({ signal }) => api<CatalogResultDto>(`/api/catalog/search?${params}`, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

function applyBoard(qc: QueryClient, circleId: string, board: BoardDto) {
  const key = boardKeys.boards(circleId);
  const boards = qc.getQueryData<BoardsDto>(key);
  if (boards) {
    const next = mergeBoard(boards, board);
    if (next) setLiveData(qc, key, next);
    // A refetch on its way (the first subscription's catch-up) may have read the database
    // before this change and would put the old board back: ask again instead.
    if (!next || qc.isFetching({ queryKey: key })) void qc.invalidateQueries({ queryKey: key });
  }
  applyWish(qc, circleId, board.wish, false, board.status === 'CANCELLED');
}

/** `refetchUnknown`: a wish of a child this list does not show (a sibling, for a child) is ignored. */
function applyWish(qc: QueryClient, circleId: string, wish: WishDto, refetchUnknown: boolean, returned = false) {
  const key = boardKeys.wishes(circleId);
  const wishes = qc.getQueryData<WishesDto>(key);
  if (!wishes) return;
  const next = mergeWish(wishes, wish, returned);
  if (next) setLiveData(qc, key, next);
  else if (refetchUnknown) void qc.invalidateQueries({ queryKey: key });
}

/**
 * Keep this family's boards and wishlists live while a screen shows them. The first
 * subscription and every reconnect refetch once (see useChannel): a change between the
 * server render (or the last visit) and the subscription would otherwise be missed.
 */
export function useFamilyLive(circleId: string, viewer: { id: string; role: 'PARENT' | 'CHILD' }) {
  const qc = useQueryClient();
  const resync = useCallback(() => {
    void qc.invalidateQueries({ queryKey: boardKeys.boards(circleId) });
    void qc.invalidateQueries({ queryKey: boardKeys.wishes(circleId) });
  }, [qc, circleId]);
  useChannel(channels.circle(circleId), { board: (d) => applyBoard(qc, circleId, (d as BoardEvent).board) }, resync);
  useChannel(
    channels.user(viewer.id),
    {
      wish: forCircle(circleId, (d) => applyWish(qc, circleId, (d as WishEvent).wish, viewer.role === 'PARENT')),
      'wish-removed': forCircle(circleId, (d) => {
        const { id } = d as WishRemovedEvent;
        setLiveData<WishesDto>(qc, boardKeys.wishes(circleId), (old) => old && removeWishFrom(old, id));
      }),
    },
    // One connection: the family channel's catch-up covers this channel too.
  );
}

function useBoardMutation<V>(circleId: string, request: (vars: V) => Promise<{ board: BoardDto }>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: ({ board }) => applyBoard(qc, circleId, board) });
}

export const useStartBoard = (circleId: string) =>
  useBoardMutation(circleId, (v: { wishId: string; goal: number }) => api<{ board: BoardDto }>(`${familyUrl(circleId)}/boards`, { json: v }));

export const useGiveGrapes = (circleId: string) =>
  useBoardMutation(circleId, (v: { boardId: string; count: number }) =>
    api<{ board: BoardDto }>(`${familyUrl(circleId)}/boards/${v.boardId}/grapes`, { json: { count: v.count } }),
  );

export const useAttachGrape = (circleId: string) =>
  useBoardMutation(circleId, (boardId: string) => api<{ board: BoardDto }>(`${familyUrl(circleId)}/boards/${boardId}/attach`, { method: 'POST' }));

/** Every waiting grape in one request (the server caps it by what waits). */
export const useAttachAll = (circleId: string) =>
  useBoardMutation(circleId, (boardId: string) => api<{ board: BoardDto }>(`${familyUrl(circleId)}/boards/${boardId}/attach`, { json: { count: 'all' } }));

export const useGiftGiven = (circleId: string) =>
  useBoardMutation(circleId, (boardId: string) => api<{ board: BoardDto }>(`${familyUrl(circleId)}/boards/${boardId}/gift`, { method: 'POST' }));

export const useCancelBoard = (circleId: string) =>
  useBoardMutation(circleId, (boardId: string) => api<{ board: BoardDto }>(`${familyUrl(circleId)}/boards/${boardId}/cancel`, { method: 'POST' }));

export function useAddWish(circleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<AddWishInput> & { name: string }) => api<{ wish: WishDto }>(`${familyUrl(circleId)}/wishes`, { json: input }),
    onSuccess: ({ wish }) => applyWish(qc, circleId, wish, true),
  });
}

export function useRemoveWish(circleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (wishId: string) => api(`${familyUrl(circleId)}/wishes/${wishId}`, { method: 'DELETE' }),
    onSuccess: (_r, wishId) => qc.setQueryData<WishesDto>(boardKeys.wishes(circleId), (old) => old && removeWishFrom(old, wishId)),
  });
}

/**
 * A family card on Home, live: board events fold straight in (they carry the whole
 * board); a mission change, a child we do not know yet or a reconnect refetch it.
 */
export function useFamilySummary(circleId: string, userId: string, initialData?: FamilySummaryDto) {
  const qc = useQueryClient();
  useSeed(boardKeys.summary(circleId), initialData);
  const query = useQuery({
    queryKey: boardKeys.summary(circleId),
    queryFn: () => api<FamilySummaryDto>(`${familyUrl(circleId)}/summary`),
    initialData,
    staleTime: 60_000,
    retry: false,
  });
  const refetch = useCallback(() => void qc.invalidateQueries({ queryKey: boardKeys.summary(circleId) }), [qc, circleId]);
  useChannel(
    channels.circle(circleId),
    {
      board: (d) => {
        const data = qc.getQueryData<FamilySummaryDto>(boardKeys.summary(circleId));
        const next = data && mergeBoard({ ...data, history: [] }, (d as BoardEvent).board);
        // A fetch in flight (the resync on subscribing) is replaced by one made after the change.
        if (next) setLiveData<FamilySummaryDto>(qc, boardKeys.summary(circleId), { circleId: next.circleId, today: next.today, children: next.children });
        else refetch();
      },
    },
    refetch,
  );
  // Mission events come only to the child concerned and the parents.
  useChannel(channels.user(userId), { 'mission-changed': forCircle(circleId, refetch) });
  return query;
}

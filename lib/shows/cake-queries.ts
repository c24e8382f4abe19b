'use client';

import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { setLiveQueriesData } from '@/lib/query/live';
import { useChannel } from '@/lib/realtime/client';
import { channels } from '@/lib/realtime/channels';
import type { ReportInput } from '@/lib/reports/schemas';
import type { CakeCardDto, CakeDto, CakePieceDto, PiecePage, PieceSort, ShowKindName } from './cake-schemas';

export const cakeKeys = {
  all: ['cakes'] as const,
  browse: (q: BrowseParams) => [...cakeKeys.all, 'browse', q] as const,
  cake: (showId: string) => [...cakeKeys.all, 'cake', showId] as const,
  pieces: (showId: string, sort: PieceSort) => [...cakeKeys.all, 'pieces', showId, sort] as const,
  liked: () => [...cakeKeys.all, 'liked'] as const,
};

export interface BrowseParams {
  q?: string;
  kind?: ShowKindName;
  period: 'month' | 'all';
}

interface BrowsePage { cakes: CakeCardDto[]; nextOffset: number | null }

const qs = (o: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(o).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString();

export function useBrowseCakes(p: BrowseParams) {
  return useInfiniteQuery({
    queryKey: cakeKeys.browse(p),
    queryFn: ({ pageParam }) => api<BrowsePage>(`/api/cakes?${qs({ q: p.q, kind: p.kind, period: p.period, offset: pageParam })}`),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset,
  });
}

export function useCake(showId: string, initialData?: CakeDto) {
  return useQuery({ queryKey: cakeKeys.cake(showId), queryFn: () => api<CakeDto>(`/api/cakes/${showId}`), initialData });
}

export function useCakePieces(showId: string, sort: PieceSort) {
  return useInfiniteQuery({
    queryKey: cakeKeys.pieces(showId, sort),
    queryFn: ({ pageParam }) => api<PiecePage>(`/api/cakes/${showId}/pieces?${qs({ sort, cursor: pageParam ?? undefined })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useLikedPieces() {
  return useInfiniteQuery({
    queryKey: cakeKeys.liked(),
    queryFn: ({ pageParam }) => api<PiecePage>(`/api/pieces/liked?${qs({ cursor: pageParam ?? undefined })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/**
 * Change one piece wherever a list holds it (a cake's two orders, my liked pieces). A
 * list whose fetch is in flight is fetched again after the change (see setLiveData):
 * its answer may predate the change, and would otherwise put the old count back.
 */
function patchPiece(qc: QueryClient, pieceId: string, fn: (p: CakePieceDto) => CakePieceDto) {
  setLiveQueriesData<InfiniteData<PiecePage>>(qc, { queryKey: cakeKeys.all }, (old) => {
    if (!old || !Array.isArray((old as Partial<InfiniteData<PiecePage>>).pages) || !old.pages.every((pg) => Array.isArray(pg.pieces))) return old;
    return { ...old, pages: old.pages.map((pg) => ({ ...pg, pieces: pg.pieces.map((p) => (p.id === pieceId ? fn(p) : p)) })) };
  });
}

function dropPiece(qc: QueryClient, pieceId: string) {
  qc.setQueriesData<InfiniteData<PiecePage>>({ queryKey: cakeKeys.all }, (old) => {
    if (!old || !Array.isArray((old as Partial<InfiniteData<PiecePage>>).pages) || !old.pages.every((pg) => Array.isArray(pg.pieces))) return old;
    return { ...old, pages: old.pages.map((pg) => ({ ...pg, pieces: pg.pieces.filter((p) => p.id !== pieceId) })) };
  });
}

/** Like counts of a cake's pieces, live while its page is open. */
export function useCakeLive(showId: string) {
  const qc = useQueryClient();
  useChannel(
    channels.show(showId),
    { 'piece-liked': (d) => { const { pieceId, likeCount } = d as { pieceId: string; likeCount: number }; patchPiece(qc, pieceId, (p) => ({ ...p, likeCount })); } },
    () => qc.invalidateQueries({ queryKey: cakeKeys.all }),
  );
}

export function useLike() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ pieceId, like }: { pieceId: string; like: boolean }) =>
      api<{ pieceId: string; liked: boolean; likeCount: number }>(`/api/pieces/${pieceId}/like`, { method: like ? 'POST' : 'DELETE' }),
    onSuccess: (r) => patchPiece(qc, r.pieceId, (p) => ({ ...p, liked: r.liked, likeCount: r.likeCount })),
  });
}

export function useReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) => api(`/api/reports`, { json: input }),
    onSuccess: (_r, input) => { if (input.target === 'PIECE') dropPiece(qc, input.targetId); },
  });
}

export function useCakeRoom(showId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ join, roomId }: { join: boolean; roomId?: string | null }) =>
      join ? api<{ roomId: string }>(`/api/cakes/${showId}/room`, { method: 'POST' }) : api<{ roomId?: string }>(`/api/rooms/${roomId}/members/me`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: cakeKeys.cake(showId) }),
  });
}

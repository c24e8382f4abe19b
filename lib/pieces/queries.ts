'use client';

// Client data for pieces: one key factory, query hooks, mutations, and one live
// subscription (the owner's `piece-changed` refetches what other devices changed).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '@/lib/api-client';
import { channels } from '@/lib/realtime/channels';
import { useChannel } from '@/lib/realtime/client';
import { uploadWithProgress } from '@/lib/profiles/upload-client';
import type { PieceCreateInput, PieceDto, PieceFileDto, PieceKind, PieceListDto, PieceMonthDto, PiecePatchInput } from './schemas';

export const pieceKeys = {
  all: ['pieces'] as const,
  months: () => [...pieceKeys.all, 'month'] as const,
  month: (month: string) => [...pieceKeys.months(), month] as const,
  list: (kind: PieceKind | null) => [...pieceKeys.all, 'list', kind ?? 'ALL'] as const,
  one: (id: string) => [...pieceKeys.all, 'one', id] as const,
};

/** Keep my piece screens live; after a reconnect, refetch them. */
export function usePiecesLive(userId: string) {
  const qc = useQueryClient();
  const refetch = useCallback(() => void qc.invalidateQueries({ queryKey: pieceKeys.all }), [qc]);
  useChannel(channels.user(userId), { 'piece-changed': refetch }, refetch);
}

export const usePieceMonth = (month: string, initialData?: PieceMonthDto) =>
  useQuery({
    queryKey: pieceKeys.month(month),
    queryFn: () => api<PieceMonthDto>(`/api/pieces?month=${month}`),
    initialData: initialData?.month === month ? initialData : undefined,
    placeholderData: (prev) => prev,
  });

export const usePieceList = (kind: PieceKind | null) =>
  useInfiniteQuery({
    queryKey: pieceKeys.list(kind),
    queryFn: ({ pageParam }) => {
      const q = new URLSearchParams({ ...(kind ? { kind } : {}), ...(pageParam ? { cursor: pageParam } : {}) });
      return api<PieceListDto>(`/api/pieces?${q}`);
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const usePiece = (id: string, initialData?: PieceDto) =>
  useQuery({ queryKey: pieceKeys.one(id), queryFn: () => api<{ piece: PieceDto }>(`/api/pieces/${id}`).then((r) => r.piece), initialData, retry: false });

function useSettle() {
  const qc = useQueryClient();
  return (piece?: PieceDto) => {
    if (piece) qc.setQueryData(pieceKeys.one(piece.id), piece);
    return qc.invalidateQueries({ queryKey: pieceKeys.all, refetchType: 'active', predicate: (q) => q.queryKey[1] !== 'one' || q.queryKey[2] !== piece?.id });
  };
}

export function useCreatePiece() {
  const settle = useSettle();
  return useMutation({
    mutationFn: (input: PieceCreateInput) => api<{ piece: PieceDto }>('/api/pieces', { json: input }).then((r) => r.piece),
    onSuccess: (piece) => settle(piece),
  });
}

export function useUpdatePiece(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (input: PiecePatchInput) => api<{ piece: PieceDto }>(`/api/pieces/${id}`, { method: 'PATCH', json: input }).then((r) => r.piece),
    onSuccess: (piece) => settle(piece),
  });
}

export function useDeletePiece(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>(`/api/pieces/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: pieceKeys.one(id) });
      return qc.invalidateQueries({ queryKey: pieceKeys.all });
    },
  });
}

/** Upload one photo for the form (before the piece is saved); progress 0…1. */
export const uploadPiecePhoto = (file: File, onProgress: (fraction: number) => void) =>
  uploadWithProgress<{ file: PieceFileDto }>('/api/pieces/files', 'file', file, onProgress, 'POST').then((r) => r.file);

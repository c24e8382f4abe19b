'use client';
// Browser hooks for the share panel and the AI art buttons: one key factory, the share
// state refetched after every change that moves the ticket's content hash.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ArtResultDto, ShareDto } from './schemas';

export const ticketKeys = {
  all: (pieceId: string) => ['pieces', pieceId, 'ticket'] as const,
  share: (pieceId: string) => ['pieces', pieceId, 'ticket', 'share'] as const,
};

export function useShare(pieceId: string, initial?: ShareDto) {
  return useQuery({
    queryKey: ticketKeys.share(pieceId),
    queryFn: async () => (await api<{ share: ShareDto }>(`/api/pieces/${pieceId}/share`)).share,
    initialData: initial,
  });
}

/** Make a new link (POST) or revoke it (DELETE). */
export function useShareLink(pieceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (method: 'POST' | 'DELETE') => (await api<{ share: ShareDto }>(`/api/pieces/${pieceId}/share`, { method })).share,
    onSuccess: (share) => qc.setQueryData(ticketKeys.share(pieceId), share),
  });
}

/** Paint (POST) or remove (DELETE) the AI background. */
export function useTicketArt(pieceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (method: 'POST' | 'DELETE') => api<ArtResultDto>(`/api/pieces/${pieceId}/art`, { method }),
    onSuccess: (result) => qc.setQueryData(ticketKeys.share(pieceId), result.share),
  });
}

/** The piece's visibility, through the piece's own PATCH route. */
export function useVisibility(pieceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (isPublic: boolean) => api(`/api/pieces/${pieceId}`, { method: 'PATCH', json: { isPublic } }),
    onSettled: () => qc.invalidateQueries({ queryKey: ticketKeys.share(pieceId) }),
  });
}

'use client';

// Client data for 나만의 공간 (/pieces/stats): a year's statistics, my titles, wearing
// one, and the year card's share link. One key factory.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MyTitlesDto, ShareDto, YearStatsDto } from './stats-schemas';

export const statsKeys = {
  all: ['pieces-stats'] as const,
  year: (year: number) => [...statsKeys.all, 'year', year] as const,
  titles: () => [...statsKeys.all, 'titles'] as const,
};

export const useYearStats = (year: number) =>
  useQuery({
    queryKey: statsKeys.year(year),
    queryFn: () => api<YearStatsDto>(`/api/pieces/stats?year=${year}`),
    placeholderData: (prev) => prev,
  });

export const useMyTitles = () =>
  useQuery({ queryKey: statsKeys.titles(), queryFn: () => api<MyTitlesDto>('/api/me/titles') });

export function useWearTitle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (titleId: string | null) => api<{ wornTitleId: string | null }>('/api/me/titles/worn', { method: 'PUT', json: { titleId } }),
    onSuccess: ({ wornTitleId }) => qc.setQueryData<MyTitlesDto>(statsKeys.titles(), (d) => d && { ...d, wornTitleId: wornTitleId as MyTitlesDto['wornTitleId'] }),
    // The worn title is drawn on the year card: its image URL changes.
    onSettled: () => qc.invalidateQueries({ queryKey: statsKeys.all }),
  });
}

export function useShareYear(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ share: ShareDto }>('/api/pieces/stats/share', { json: { year } }),
    onSuccess: ({ share }) => qc.setQueryData<YearStatsDto>(statsKeys.year(year), (d) => d && { ...d, share }),
  });
}

export function useRevokeShare(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/api/pieces/stats/share?year=${year}`, { method: 'DELETE' }),
    onSuccess: () => qc.setQueryData<YearStatsDto>(statsKeys.year(year), (d) => d && { ...d, share: null }),
  });
}

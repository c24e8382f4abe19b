'use client';

// Client data for the show catalog: one key factory and the search hook the show
// picker (components/shows/show-search.tsx) uses.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ShowKind, ShowSearchResult } from './schemas';

export const showKeys = {
  all: ['shows'] as const,
  search: (q: string, kind: ShowKind | null, limit: number) => [...showKeys.all, 'search', q, kind ?? '', limit] as const,
};

/** Catalog search for `q` (nothing is asked while it is empty). */
export function useShowSearch(q: string, kind?: ShowKind, limit = 12) {
  const params = new URLSearchParams({ q, limit: String(limit), ...(kind ? { kind } : {}) });
  return useQuery({
    queryKey: showKeys.search(q, kind ?? null, limit),
    queryFn: ({ signal }) => api<ShowSearchResult>(`/api/shows/search?${params}`, { signal }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

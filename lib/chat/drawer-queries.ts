'use client';

// The room drawer's pages and a group room's picture, for the browser.
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { uploadWithProgress } from '@/lib/profiles/upload-client';
import { chatKeys } from './queries';
import type { DrawerItemDto, DrawerKind, DrawerPageDto } from './drawer-schemas';

export const DRAWER_PAGE = 30;
export const drawerKey = (roomId: string, kind: DrawerKind) => [...chatKeys.all, 'drawer', roomId, kind] as const;

export function fetchDrawerPage(roomId: string, kind: DrawerKind, cursor: number | null, signal?: AbortSignal) {
  const params = new URLSearchParams({ kind, limit: String(DRAWER_PAGE) });
  if (cursor) params.set('cursor', String(cursor));
  return api<DrawerPageDto>(`/api/rooms/${roomId}/drawer?${params}`, { signal });
}

/** One drawer section, newest first; always current when opened (a deleted photo is gone). */
export function useDrawer(roomId: string, kind: DrawerKind) {
  return useInfiniteQuery({
    queryKey: drawerKey(roomId, kind),
    queryFn: ({ pageParam, signal }) => fetchDrawerPage(roomId, kind, pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchOnMount: 'always',
    staleTime: 0,
  });
}

export const drawerItems = (pages: DrawerPageDto[] | undefined): DrawerItemDto[] => pages?.flatMap((p) => p.items) ?? [];

export const roomImageApi = {
  set: (roomId: string, file: File, onProgress: (fraction: number) => void) =>
    uploadWithProgress<{ imageUrl: string | null }>(`/api/rooms/${roomId}/image`, 'file', file, onProgress),
  remove: (roomId: string) => api<{ imageUrl: null }>(`/api/rooms/${roomId}/image`, { method: 'DELETE' }),
};

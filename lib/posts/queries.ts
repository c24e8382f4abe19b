'use client';

// Client data for the neighbourhood tab: one key factory, query hooks, mutations, and
// the live post (its room channel says when it changed; a refused channel means I am out).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '@/lib/api-client';
import { channels } from '@/lib/realtime/channels';
import { useChannel } from '@/lib/realtime/client';
import type { FoodCategory } from '@/lib/generated/prisma/enums';
import type { PostDto } from './dto';
import type { Reason } from './menu';

export interface AreaDto {
  area: { code: string; sido: string; sigungu: string; dong: string } | null;
  radiusKm: 1 | 3 | 5;
}
export interface PostFilters {
  category?: FoodCategory;
  status: 'recruiting' | 'closed' | 'all';
  order: 'newest' | 'deadline';
  radiusKm: 1 | 3 | 5;
}
export interface MenuDto {
  weather: { sky: string | null; precip: string | null; temp: number | null; pop: number | null; slot: string } | null;
  suggestions: { name: string; category: FoodCategory; reasons: Reason[]; why: string | null }[];
}
export interface MemberDto {
  id: string;
  displayName: string;
  avatarUrl: string | null;
  author?: boolean;
}

export const postKeys = {
  all: ['posts'] as const,
  area: () => [...postKeys.all, 'area'] as const,
  lists: () => [...postKeys.all, 'list'] as const,
  list: (f: PostFilters) => [...postKeys.lists(), f] as const,
  one: (id: string) => [...postKeys.all, 'one', id] as const,
  members: (id: string) => [...postKeys.one(id), 'members'] as const,
  menu: () => [...postKeys.all, 'menu'] as const,
};

export const useMyArea = (initialData?: AreaDto) =>
  useQuery({ queryKey: postKeys.area(), queryFn: () => api<AreaDto>('/api/me/area'), initialData });

export function useSetArea() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { areaCode?: string; radiusKm?: 1 | 3 | 5 }) => api<AreaDto>('/api/me/area', { method: 'PUT', json: input }),
    onSuccess: (data) => {
      qc.setQueryData(postKeys.area(), data);
      void qc.invalidateQueries({ queryKey: postKeys.lists() });
      void qc.invalidateQueries({ queryKey: postKeys.menu() });
    },
  });
}

function listUrl(f: PostFilters, cursor?: string) {
  const q = new URLSearchParams({ status: f.status, order: f.order, radiusKm: String(f.radiusKm) });
  if (f.category) q.set('category', f.category);
  if (cursor) q.set('cursor', cursor);
  return `/api/posts?${q}`;
}

export type PostPage = { posts: PostDto[]; nextCursor: string | null };

/** `first`: the first page of exactly these filters, rendered with the page (no first fetch). */
export function usePostList(f: PostFilters, enabled: boolean, first?: PostPage) {
  return useInfiniteQuery({
    queryKey: postKeys.list(f),
    queryFn: ({ pageParam }) => api<PostPage>(listUrl(f, pageParam)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    initialData: first ? { pages: [first], pageParams: [undefined] } : undefined,
    enabled,
  });
}

export const usePost = (id: string) =>
  useQuery({ queryKey: postKeys.one(id), queryFn: () => api<{ post: PostDto }>(`/api/posts/${id}`).then((r) => r.post), retry: false });

export const usePostMembers = (id: string, enabled: boolean) =>
  useQuery({ queryKey: postKeys.members(id), queryFn: () => api<{ members: MemberDto[]; banned: MemberDto[] }>(`/api/posts/${id}/members`), enabled, retry: false });

export const useMenu = () => useQuery({ queryKey: postKeys.menu(), queryFn: () => api<MenuDto>('/api/posts/menu'), staleTime: 10 * 60_000 });

/** Every action on a post, each refreshing the post, its members and the lists after. */
export function usePostActions(id: string) {
  const qc = useQueryClient();
  const onSuccess = () => {
    void qc.invalidateQueries({ queryKey: postKeys.one(id) });
    void qc.invalidateQueries({ queryKey: postKeys.lists() });
  };
  return {
    join: useMutation({ mutationFn: () => api(`/api/posts/${id}/members/me`, { method: 'POST' }), onSuccess }),
    leave: useMutation({ mutationFn: () => api(`/api/posts/${id}/members/me`, { method: 'DELETE' }), onSuccess }),
    status: useMutation({ mutationFn: (action: 'close' | 'reopen' | 'deliver') => api(`/api/posts/${id}/status`, { json: { action } }), onSuccess }),
    ban: useMutation({ mutationFn: (userId: string) => api(`/api/posts/${id}/bans/${userId}`, { method: 'POST' }), onSuccess }),
    unban: useMutation({ mutationFn: (userId: string) => api(`/api/posts/${id}/bans/${userId}`, { method: 'DELETE' }), onSuccess }),
    remove: useMutation({ mutationFn: () => api(`/api/posts/${id}`, { method: 'DELETE' }), onSuccess }),
  };
}

/** Live changes of a post I am in; when its channel is refused (I left or was banned), refetch and see. */
export function usePostLive(post: Pick<PostDto, 'id' | 'roomId' | 'me'> | undefined) {
  const qc = useQueryClient();
  const refresh = useCallback(() => {
    if (!post) return;
    void qc.invalidateQueries({ queryKey: postKeys.one(post.id) });
    void qc.invalidateQueries({ queryKey: postKeys.members(post.id) });
  }, [qc, post]);
  const inRoom = post && (post.me === 'author' || post.me === 'member');
  useChannel(inRoom ? channels.room(post.roomId) : null, { 'post-changed': refresh, 'pusher:subscription_error': refresh }, refresh);
}

'use client';

// Client data for circles: one key factory, query hooks seeded by the server render,
// and mutations that refetch everything circles-related when they settle.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '@/lib/api-client';
import { channels } from '@/lib/realtime/channels';
import { useChannel } from '@/lib/realtime/client';
import { useSeed } from '@/lib/query/seed';
import type { CircleDetailDto, CircleDto, CoupleRequestDto, CoupleRequestsDto, InviteDto, InviteRole } from './schemas';

export const circleKeys = {
  all: ['circles'] as const,
  list: () => [...circleKeys.all, 'list'] as const,
  detail: (circleId: string) => [...circleKeys.all, 'detail', circleId] as const,
  requests: () => [...circleKeys.all, 'couple-requests'] as const,
};

export function useMyCircles(initialData?: CircleDto[]) {
  useSeed(circleKeys.list(), initialData);
  return useQuery({
    queryKey: circleKeys.list(),
    queryFn: () => api<{ circles: CircleDto[] }>('/api/circles').then((r) => r.circles),
    initialData,
  });
}

export function useCircle(circleId: string, initialData?: CircleDetailDto) {
  useSeed(circleKeys.detail(circleId), initialData);
  return useQuery({
    queryKey: circleKeys.detail(circleId),
    queryFn: () => api<{ circle: CircleDetailDto }>(`/api/circles/${circleId}`).then((r) => r.circle),
    initialData,
    // A 404 means the circle is gone (or never was ours): asking again will not help.
    retry: false,
  });
}

export function useCoupleRequests(initialData?: CoupleRequestsDto) {
  useSeed(circleKeys.requests(), initialData);
  return useQuery({
    queryKey: circleKeys.requests(),
    queryFn: () => api<CoupleRequestsDto>('/api/couple/requests'),
    initialData,
  });
}

export function useRefreshCircles() {
  const qc = useQueryClient();
  return useCallback(() => qc.invalidateQueries({ queryKey: circleKeys.all }), [qc]);
}

/**
 * Keep circle screens live: the other person's request, accept or breakup arrives on
 * my user channel (and the circle's own channel); after a reconnect, refetch.
 */
export function useCirclesLive(userId: string, circleId?: string) {
  const refresh = useRefreshCircles();
  useChannel(channels.user(userId), { 'circles-changed': refresh, 'couple-requests-changed': refresh }, refresh);
  useChannel(circleId ? channels.circle(circleId) : null, { 'circle-changed': refresh }, refresh);
}

function useCirclesMutation<V, T>(mutationFn: (vars: V) => Promise<T>) {
  const refresh = useRefreshCircles();
  return useMutation({ mutationFn, onSettled: refresh });
}

export const useCreateFamily = () =>
  useCirclesMutation((name: string) => api<{ circle: CircleDetailDto; invite: InviteDto }>('/api/circles', { json: { name } }));

export const useJoinFamily = () =>
  useCirclesMutation((code: string) => api<{ circle: CircleDetailDto }>('/api/circles/join', { json: { code } }));

export const useCreateInvite = (circleId: string) =>
  useCirclesMutation((role: InviteRole) => api<{ invite: InviteDto }>(`/api/circles/${circleId}/invites`, { json: { role } }));

export const useSendCoupleRequest = () =>
  useCirclesMutation((loginId: string) => api<{ request: CoupleRequestDto }>('/api/couple/requests', { json: { loginId } }));

export type RequestAction = 'accept' | 'reject' | 'cancel';

export const useAnswerCoupleRequest = () =>
  useCirclesMutation(({ id, action }: { id: string; action: RequestAction }) =>
    action === 'cancel'
      ? api(`/api/couple/requests/${id}`, { method: 'DELETE' })
      : api(`/api/couple/requests/${id}/${action}`, { method: 'POST' }),
  );

export const useDisconnect = (circleId: string) =>
  useCirclesMutation((start: boolean) => api(`/api/circles/${circleId}/disconnect`, { method: start ? 'POST' : 'DELETE' }));

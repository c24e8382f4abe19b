// Client-side data for friends: one key factory, one hook per read or write.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { profileKeys } from '@/lib/profiles/queries';
import type { FriendDto, UserSearchResultDto } from './schemas';
import { normaliseLoginId } from '@/lib/accounts/login-id';

export const friendKeys = {
  all: ['friends'] as const,
  /** The whole list, hidden friends included; screens split it. */
  list: () => [...friendKeys.all, 'list'] as const,
  search: (loginId: string) => [...friendKeys.all, 'search', normaliseLoginId(loginId)] as const,
};

export function useFriends() {
  return useQuery({
    queryKey: friendKeys.list(),
    queryFn: ({ signal }) => api<{ friends: FriendDto[] }>('/api/friends?hidden=1', { signal }).then((r) => r.friends),
  });
}

/** Exact login ID search; runs only once a login ID was submitted. */
export function useUserSearch(loginId: string | null) {
  return useQuery({
    queryKey: friendKeys.search(loginId ?? ''),
    queryFn: ({ signal }) =>
      api<{ user: UserSearchResultDto | null }>(`/api/users/search?loginId=${encodeURIComponent(loginId!)}`, { signal }).then((r) => r.user),
    enabled: !!loginId,
    retry: false,
    staleTime: 0,
  });
}

/** After any change to friendships: the list, searches and profiles may all show it. */
function useInvalidateFriends() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: friendKeys.all }), qc.invalidateQueries({ queryKey: profileKeys.all })]);
}

export function useAddFriend() {
  const invalidate = useInvalidateFriends();
  return useMutation({
    mutationFn: (target: { loginId: string } | { userId: string }) => api<{ friend: FriendDto }>('/api/friends', { json: target }).then((r) => r.friend),
    onSettled: invalidate,
  });
}

export function useSetFriendHidden() {
  const qc = useQueryClient();
  const invalidate = useInvalidateFriends();
  return useMutation({
    mutationFn: ({ userId, hidden }: { userId: string; hidden: boolean }) =>
      api<{ friend: FriendDto }>(`/api/friends/${userId}`, { method: 'PATCH', json: { hidden } }).then((r) => r.friend),
    // Move the row at once; the refetch confirms it.
    onMutate: async ({ userId, hidden }) => {
      await qc.cancelQueries({ queryKey: friendKeys.list() });
      const before = qc.getQueryData<FriendDto[]>(friendKeys.list());
      qc.setQueryData<FriendDto[]>(friendKeys.list(), (list) => list?.map((f) => (f.id === userId ? { ...f, hidden } : f)));
      return { before };
    },
    onError: (_err, _vars, ctx) => qc.setQueryData(friendKeys.list(), ctx?.before),
    onSettled: invalidate,
  });
}

export function useOpenDirectRoom() {
  return useMutation({
    mutationFn: (userId: string) => api<{ roomId: string }>(`/api/friends/${userId}/direct`, { method: 'POST' }).then((r) => r.roomId),
  });
}

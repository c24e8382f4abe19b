// Client-side data for profiles: my own (editable) and others' (read-only).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { uploadWithProgress } from './upload-client';
import type { ImageKind, MyProfileDto, ProfileDto, UpdateProfileInput } from './schemas';

export const profileKeys = {
  all: ['profiles'] as const,
  me: () => [...profileKeys.all, 'me'] as const,
  detail: (userId: string) => [...profileKeys.all, 'user', userId] as const,
};

export function useMyProfile(initial?: MyProfileDto) {
  return useQuery({
    queryKey: profileKeys.me(),
    queryFn: ({ signal }) => api<{ profile: MyProfileDto }>('/api/profiles/me', { signal }).then((r) => r.profile),
    initialData: initial,
  });
}

export function useProfile(userId: string, initial?: ProfileDto) {
  return useQuery({
    queryKey: profileKeys.detail(userId),
    queryFn: ({ signal }) => api<{ profile: ProfileDto }>(`/api/profiles/${userId}`, { signal }).then((r) => r.profile),
    initialData: initial,
  });
}

function useSetMine() {
  const qc = useQueryClient();
  return (profile: MyProfileDto) => {
    qc.setQueryData(profileKeys.me(), profile);
    void qc.invalidateQueries({ queryKey: profileKeys.detail(profile.id) });
  };
}

export function useUpdateProfile() {
  const setMine = useSetMine();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => api<{ profile: MyProfileDto }>('/api/profiles/me', { method: 'PUT', json: input }).then((r) => r.profile),
    onSuccess: setMine,
  });
}

export function useUploadProfileImage(kind: ImageKind, onProgress: (fraction: number) => void) {
  const setMine = useSetMine();
  return useMutation({
    mutationFn: (file: File) =>
      uploadWithProgress<{ profile: MyProfileDto }>(`/api/profiles/me/image/${kind}`, 'file', file, onProgress).then((r) => r.profile),
    onSuccess: setMine,
  });
}

export function useRemoveProfileImage(kind: ImageKind) {
  const setMine = useSetMine();
  return useMutation({
    mutationFn: () => api<{ profile: MyProfileDto }>(`/api/profiles/me/image/${kind}`, { method: 'DELETE' }).then((r) => r.profile),
    onSuccess: setMine,
  });
}

'use client';

// Client data for the 나 → 기기 page: one key factory, the list, and the sign-outs.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DeviceSessionDto } from './schemas';

export const accountKeys = {
  all: ['accounts'] as const,
  sessions: () => [...accountKeys.all, 'sessions'] as const,
};

export function useDeviceSessions(initial?: DeviceSessionDto[]) {
  return useQuery({
    queryKey: accountKeys.sessions(),
    queryFn: () => api<{ sessions: DeviceSessionDto[] }>('/api/accounts/sessions').then((r) => r.sessions),
    initialData: initial,
  });
}

export function useSignOutDevice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ current: boolean }>(`/api/accounts/sessions/${id}`, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}

export function useSignOutOtherDevices() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ revoked: number }>('/api/accounts/sessions', { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}

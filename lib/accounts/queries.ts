'use client';

// Client data for the 나 → 기기 page: one key factory, the list, and the sign-outs.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DeviceSessionDto, EmailStatusDto } from './schemas';
import type { DataExportDto } from './export/service';

export const accountKeys = {
  all: ['accounts'] as const,
  sessions: () => [...accountKeys.all, 'sessions'] as const,
  email: () => [...accountKeys.all, 'email'] as const,
  dataExport: () => [...accountKeys.all, 'export'] as const,
};

export function useEmailStatus(initial?: EmailStatusDto) {
  return useQuery({ queryKey: accountKeys.email(), queryFn: () => api<EmailStatusDto>('/api/accounts/email'), initialData: initial });
}

export function useChangeEmail() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api<EmailStatusDto>('/api/accounts/email', { method: 'PUT', json: input }),
    onSuccess: (status) => qc.setQueryData(accountKeys.email(), status),
  });
}

/** My latest export; asked again every few seconds while it is being built. */
export function useDataExport(initial?: DataExportDto | null) {
  return useQuery({
    queryKey: accountKeys.dataExport(),
    queryFn: () => api<{ export: DataExportDto | null }>('/api/accounts/export').then((r) => r.export),
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.status === 'PENDING' ? 3000 : false),
  });
}

export function useStartExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ export: DataExportDto }>('/api/accounts/export', { method: 'POST' }).then((r) => r.export),
    onSuccess: (e) => qc.setQueryData(accountKeys.dataExport(), e),
  });
}

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

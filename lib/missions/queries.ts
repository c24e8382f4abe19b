'use client';

// Client data for missions, suggestions and the family calendar: one key factory,
// lists seeded by the server render, and a live hook that folds every mission event
// into the cache (a refetch only after a reconnect, or for a mission still scheduled).
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, ApiError } from '@/lib/api-client';
import { setLiveData } from '@/lib/query/live';
import { channels } from '@/lib/realtime/channels';
import { forCircle, useChannel } from '@/lib/realtime/client';
import type { BoardEvent } from '@/lib/board/schemas';
import type { CalendarDto } from '@/lib/calendar/schemas';
import { mergeMissionChange, type Viewer } from './merge';
import type { ApproveResultDto, CreateMissionInput, MissionDto, MissionEventDto, MissionListDto, MissionRunDto, UpdateMissionInput } from './schemas';
import { useSeed } from '@/lib/query/seed';
import type { SuggestionQuery, SuggestionsDto } from './suggestions/types';

export const missionKeys = {
  all: ['missions'] as const,
  list: (circleId: string) => [...missionKeys.all, 'list', circleId] as const,
  calendar: (circleId: string, month: string, childId: string | null) => [...missionKeys.all, 'calendar', circleId, month, childId ?? 'all'] as const,
  calendars: (circleId: string) => [...missionKeys.all, 'calendar', circleId] as const,
};

const base = (circleId: string) => `/api/families/${circleId}`;
const runUrl = (circleId: string, run: Pick<MissionRunDto, 'missionId' | 'day'>) => `${base(circleId)}/missions/${run.missionId}/runs/${run.day}`;

export function useMissions(circleId: string, initialData?: MissionListDto) {
  useSeed(missionKeys.list(circleId), initialData);
  return useQuery({
    queryKey: missionKeys.list(circleId),
    queryFn: () => api<MissionListDto>(`${base(circleId)}/missions`),
    initialData,
    // Realtime keeps it fresh while open; every visit refetches once on subscribing (useMissionsLive).
    staleTime: 5 * 60_000,
    retry: false,
  });
}

function applyChange(qc: QueryClient, circleId: string, viewer: Viewer, change: { mission: MissionDto | null; run: MissionRunDto | null }) {
  const key = missionKeys.list(circleId);
  const list = qc.getQueryData<MissionListDto>(key);
  if (!list) return;
  const next = mergeMissionChange(list, change, viewer);
  if (next) setLiveData(qc, key, next);
  else void qc.invalidateQueries({ queryKey: key });
}

/** Keep the missions screen live; the calendar follows approvals and grapes. */
export function useMissionsLive(circleId: string, viewer: Viewer) {
  const qc = useQueryClient();
  const resync = useCallback(() => void qc.invalidateQueries({ queryKey: missionKeys.list(circleId) }), [qc, circleId]);
  // A child's missions are theirs and the parents': their events come on my user channel.
  useChannel(channels.user(viewer.userId), { 'mission-changed': forCircle(circleId, (d) => applyChange(qc, circleId, viewer, d as MissionEventDto)) }, resync);
}

function useMissionMutation<V, T extends { mission?: MissionDto; run?: MissionRunDto }>(circleId: string, viewer: Viewer, request: (vars: V) => Promise<T>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (res) => applyChange(qc, circleId, viewer, { mission: res.mission ?? res.run?.mission ?? null, run: res.run ?? null }),
    // A step someone else already took (409): show the list as it now is.
    onError: (err) => {
      if (err instanceof ApiError && (err.status === 409 || err.status === 404)) void qc.invalidateQueries({ queryKey: missionKeys.list(circleId) });
    },
  });
}

export const useCreateMission = (circleId: string, viewer: Viewer) =>
  useMissionMutation(circleId, viewer, (input: Partial<CreateMissionInput> & { childId: string; title: string }) =>
    api<{ mission: MissionDto; run: MissionRunDto | null }>(`${base(circleId)}/missions`, { json: input }).then((r) => ({ mission: r.mission, run: r.run ?? undefined })),
  );

export const useUpdateMission = (circleId: string, viewer: Viewer) =>
  useMissionMutation(circleId, viewer, ({ id, ...input }: UpdateMissionInput & { id: string }) =>
    api<{ mission: MissionDto }>(`${base(circleId)}/missions/${id}`, { method: 'PATCH', json: input }),
  );

export const useDeleteMission = (circleId: string, viewer: Viewer) =>
  useMissionMutation(circleId, viewer, (id: string) => api<{ mission: MissionDto }>(`${base(circleId)}/missions/${id}`, { method: 'DELETE' }));

/** The child marks a run done, with an optional photo (sent as multipart). */
export const useSubmitRun = (circleId: string, viewer: Viewer) =>
  useMissionMutation(circleId, viewer, async ({ run, photo }: { run: MissionRunDto; photo?: File | null }) => {
    if (!photo) return api<{ run: MissionRunDto }>(`${runUrl(circleId, run)}/submit`, { method: 'POST' });
    const form = new FormData();
    form.append('photo', photo);
    let res: Response;
    try {
      res = await fetch(`${runUrl(circleId, run)}/submit`, { method: 'POST', body: form, credentials: 'same-origin' });
    } catch {
      throw new ApiError(0, 'network', '');
    }
    const body = await res.json().catch(() => null);
    if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'internal', body?.error?.message ?? '');
    return body as { run: MissionRunDto };
  });

export const useApproveRun = (circleId: string, viewer: Viewer) =>
  useMissionMutation(circleId, viewer, (run: MissionRunDto) => api<ApproveResultDto>(`${runUrl(circleId, run)}/approve`, { method: 'POST' }));

export const useRejectRun = (circleId: string, viewer: Viewer) =>
  useMissionMutation(circleId, viewer, ({ run, reason }: { run: MissionRunDto; reason: string }) =>
    api<{ run: MissionRunDto }>(`${runUrl(circleId, run)}/reject`, { json: { reason } }),
  );

export const useSuggestions = (circleId: string) =>
  useMutation({ mutationFn: (q: SuggestionQuery) => api<SuggestionsDto>(`${base(circleId)}/suggestions`, { json: q }) });

export function useFamilyCalendar(circleId: string, month: string, childId: string | null, initialData?: CalendarDto) {
  const params = new URLSearchParams({ month, ...(childId ? { childId } : {}) });
  const initial = initialData && initialData.month === month && initialData.childId === childId ? initialData : undefined;
  useSeed(missionKeys.calendar(circleId, month, childId), initial);
  return useQuery({
    queryKey: missionKeys.calendar(circleId, month, childId),
    queryFn: () => api<CalendarDto>(`${base(circleId)}/calendar?${params}`),
    initialData: initial,
    retry: false,
  });
}

/** An open calendar refetches when grapes, approvals or gifts change (and after a reconnect). */
export function useCalendarLive(circleId: string, userId: string) {
  const qc = useQueryClient();
  const refresh = useCallback(() => void qc.invalidateQueries({ queryKey: missionKeys.calendars(circleId) }), [qc, circleId]);
  useChannel(
    channels.circle(circleId),
    {
      board: (d) => ['given', 'gift'].includes((d as BoardEvent).change?.kind) && refresh(),
    },
    refresh,
  );
  useChannel(channels.user(userId), { 'mission-changed': forCircle(circleId, (d) => (d as MissionEventDto).run?.status === 'APPROVED' && refresh()) });
}

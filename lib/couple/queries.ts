'use client';

// Client data for the couple tools: one key factory, query hooks, and one live
// subscription (the circle channel's `couple-changed` says which part to refetch).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { api } from '@/lib/api-client';
import { channels } from '@/lib/realtime/channels';
import { useChannel } from '@/lib/realtime/client';
import type { CouplePart } from './events';
import type { CoupleCalendarDto, CoupleEventDto, CoupleOverviewDto, EventInput, Frequency, QuestionDto, WordsDto } from './schemas';

export const coupleKeys = {
  all: (circleId: string) => ['couple', circleId] as const,
  overview: (circleId: string) => [...coupleKeys.all(circleId), 'overview'] as const,
  questions: (circleId: string) => [...coupleKeys.all(circleId), 'questions'] as const,
  archive: (circleId: string, q: string) => [...coupleKeys.questions(circleId), 'archive', q] as const,
  question: (circleId: string, id: string) => [...coupleKeys.questions(circleId), 'one', id] as const,
  words: (circleId: string, top: number) => [...coupleKeys.all(circleId), 'words', top] as const,
  events: (circleId: string) => [...coupleKeys.all(circleId), 'events'] as const,
  month: (circleId: string, month: string) => [...coupleKeys.events(circleId), month] as const,
  feed: (circleId: string) => [...coupleKeys.all(circleId), 'feed'] as const,
};

const PART_KEYS: Record<CouplePart, (circleId: string) => readonly unknown[]> = {
  questions: (c) => coupleKeys.questions(c),
  words: (c) => [...coupleKeys.all(c), 'words'],
  events: (c) => coupleKeys.events(c),
  settings: (c) => coupleKeys.overview(c),
};

/** Keep every couple screen live; after a reconnect, refetch all of it. */
export function useCoupleLive(circleId: string | null) {
  const qc = useQueryClient();
  const onChange = useCallback(
    (data: unknown) => {
      if (!circleId) return;
      const part = (data as { part?: CouplePart })?.part;
      if (part && PART_KEYS[part]) void qc.invalidateQueries({ queryKey: PART_KEYS[part](circleId) });
      // Questions and D-Days also show on the couple's home.
      if (part !== 'words') void qc.invalidateQueries({ queryKey: coupleKeys.overview(circleId) });
    },
    [qc, circleId],
  );
  const resync = useCallback(() => circleId && void qc.invalidateQueries({ queryKey: coupleKeys.all(circleId) }), [qc, circleId]);
  useChannel(circleId ? channels.circle(circleId) : null, { 'couple-changed': onChange }, resync);
}

/** The couple's home data (null circle: not a couple room, nothing is fetched). */
export const useCoupleOverview = (circleId: string | null, initialData?: CoupleOverviewDto) =>
  useQuery({
    queryKey: coupleKeys.overview(circleId ?? ''),
    queryFn: () => api<{ couple: CoupleOverviewDto }>(`/api/circles/${circleId}/couple`).then((r) => r.couple),
    initialData,
    enabled: !!circleId,
    retry: false,
  });

export const useQuestion = (circleId: string, id: string) =>
  useQuery({
    queryKey: coupleKeys.question(circleId, id),
    queryFn: () => api<{ question: QuestionDto }>(`/api/circles/${circleId}/questions/${id}`).then((r) => r.question),
    retry: false,
  });

export const useArchive = (circleId: string, q: string) =>
  useQuery({
    queryKey: coupleKeys.archive(circleId, q),
    queryFn: () => api<{ questions: QuestionDto[] }>(`/api/circles/${circleId}/questions${q ? `?q=${encodeURIComponent(q)}` : ''}`).then((r) => r.questions),
    placeholderData: (prev) => prev,
  });

export const useWords = (circleId: string, top: number) =>
  useQuery({
    queryKey: coupleKeys.words(circleId, top),
    queryFn: () => api<WordsDto>(`/api/circles/${circleId}/words?top=${top}`),
    placeholderData: (prev) => prev,
  });

/**
 * The ranking follows the conversation: counts change with every message, so the screen
 * refetches shortly after the room's own message events (the counting runs just after
 * the send), coalescing a burst into one request.
 */
export function useWordsFollowRoom(circleId: string, roomId: string | null) {
  const qc = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refetch = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void qc.invalidateQueries({ queryKey: [...coupleKeys.all(circleId), 'words'] });
    }, 600);
  }, [qc, circleId]);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  useChannel(roomId ? channels.room(roomId) : null, { message: refetch, 'message-deleted': refetch }, refetch);
}

export const useCoupleMonth = (circleId: string, month: string) =>
  useQuery({
    queryKey: coupleKeys.month(circleId, month),
    queryFn: () => api<CoupleCalendarDto>(`/api/circles/${circleId}/couple-events?month=${month}`),
    placeholderData: (prev) => prev,
  });

export const useCalendarFeed = (circleId: string, enabled: boolean) =>
  useQuery({
    queryKey: coupleKeys.feed(circleId),
    queryFn: () => api<{ path: string }>(`/api/circles/${circleId}/calendar-feed`),
    enabled,
  });

/** A mutation that refetches the given part when it settles (the event refetches the partner's). */
function useCoupleMutation<V, T>(circleId: string, part: CouplePart, fn: (v: V) => Promise<T>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => Promise.all([
      qc.invalidateQueries({ queryKey: PART_KEYS[part](circleId) }),
      qc.invalidateQueries({ queryKey: coupleKeys.overview(circleId) }),
    ]),
  });
}

export const useAnswer = (circleId: string) =>
  useCoupleMutation(circleId, 'questions', ({ id, body }: { id: string; body: string }) =>
    api<{ question: QuestionDto }>(`/api/circles/${circleId}/questions/${id}/answers`, { json: { body } }));

export const useSettings = (circleId: string) =>
  useCoupleMutation(circleId, 'settings', (json: { questionFrequency?: Frequency; startDate?: string | null }) =>
    api<{ couple: CoupleOverviewDto }>(`/api/circles/${circleId}/couple`, { method: 'PATCH', json }));

export const useExcludeWord = (circleId: string) =>
  useCoupleMutation(circleId, 'words', ({ word, restore }: { word: string; restore?: boolean }) =>
    restore
      ? api(`/api/circles/${circleId}/words/exclusions?word=${encodeURIComponent(word)}`, { method: 'DELETE' })
      : api(`/api/circles/${circleId}/words/exclusions`, { json: { word } }));

export const useSaveEvent = (circleId: string) =>
  useCoupleMutation(circleId, 'events', ({ id, input }: { id?: string; input: EventInput }) =>
    id
      ? api<{ event: CoupleEventDto }>(`/api/circles/${circleId}/couple-events/${id}`, { method: 'PATCH', json: input })
      : api<{ event: CoupleEventDto }>(`/api/circles/${circleId}/couple-events`, { json: input }));

export const useDeleteEvent = (circleId: string) =>
  useCoupleMutation(circleId, 'events', (id: string) => api(`/api/circles/${circleId}/couple-events/${id}`, { method: 'DELETE' }));

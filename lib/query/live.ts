'use client';

// A realtime event changes a cached query in place. If a fetch of that query is already in
// flight (the resync a screen makes when it subscribes, a refetch on focus), its answer was
// read before the change and, landing after it, would put the old state back: the change
// was lost until the next event (seen on the family card under load). So the in-flight
// fetch is replaced by one made after the change (TanStack cancels the older one).
// At most once a second per query: under a steady stream of events (a busy open room) each
// event would otherwise cancel and restart the list's fetch, one request per event.
import { hashKey, type QueryClient, type QueryFilters, type QueryKey, type Updater } from '@tanstack/react-query';

const RESTART_GAP_MS = 1000;
const restartedAt = new Map<string, number>();

export function setLiveData<T>(qc: QueryClient, queryKey: QueryKey, updater: Updater<T | undefined, T | undefined>) {
  qc.setQueryData<T>(queryKey, updater);
  refetchIfInFlight(qc, queryKey);
}

/** The same for every query a filter matches (one piece shown in several lists). */
export function setLiveQueriesData<T>(qc: QueryClient, filters: QueryFilters, updater: Updater<T | undefined, T | undefined>) {
  qc.setQueriesData<T>(filters, updater);
  for (const q of qc.getQueryCache().findAll({ ...filters, fetchStatus: 'fetching' })) refetchIfInFlight(qc, q.queryKey);
}

/** Replaces a fetch of exactly this query that started before now with a new one. */
export function refetchIfInFlight(qc: QueryClient, queryKey: QueryKey, now = Date.now()) {
  if (!qc.isFetching({ queryKey, exact: true })) return;
  const key = hashKey(queryKey);
  if (now - (restartedAt.get(key) ?? -Infinity) < RESTART_GAP_MS) return;
  restartedAt.set(key, now);
  void qc.refetchQueries({ queryKey, exact: true }, { cancelRefetch: true });
}

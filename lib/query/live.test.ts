import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refetchIfInFlight, setLiveData, setLiveQueriesData } from './live';

/** A query whose fetches resolve only when told to, recording what each one read. */
function slowQuery() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let server = 1;
  const pending: (() => void)[] = [];
  let started = 0;
  const queryFn = () => {
    started += 1;
    const read = server; // what the database said when the request was handled
    return new Promise<number>((resolve) => pending.push(() => resolve(read)));
  };
  return { qc, queryFn, pending, setServer: (n: number) => (server = n), started: () => started };
}

describe('setLiveData', () => {
  it('keeps a live change that lands while an older fetch is in flight', async () => {
    const { qc, queryFn, pending, setServer, started } = slowQuery();
    qc.setQueryData(['n'], 1);
    const first = qc.fetchQuery({ queryKey: ['n'], queryFn }).catch(() => 'cancelled');
    setServer(2); // the change happens on the server and its event arrives
    setLiveData(qc, ['n'], 2);
    expect(qc.getQueryData(['n'])).toBe(2);
    expect(started()).toBe(2); // the older fetch was replaced
    pending.splice(0).forEach((resolve) => resolve());
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(qc.getQueryData(['n'])).toBe(2);
  });

  it('starts no fetch when none is in flight, and restarts one at most once a second', async () => {
    const { qc, queryFn, started } = slowQuery();
    setLiveData(qc, ['m'], 5);
    expect(started()).toBe(0);
    void qc.fetchQuery({ queryKey: ['m'], queryFn }).catch(() => {});
    refetchIfInFlight(qc, ['m'], 10_000);
    refetchIfInFlight(qc, ['m'], 10_500);
    expect(started()).toBe(2);
    refetchIfInFlight(qc, ['m'], 11_001);
    expect(started()).toBe(3);
  });
});

describe('setLiveQueriesData', () => {
  it('patches every matching list and replaces only the fetches in flight', async () => {
    const { qc, queryFn, pending, setServer, started } = slowQuery();
    qc.setQueryData(['c', 'new'], 1);
    qc.setQueryData(['c', 'liked'], 1);
    qc.setQueryData(['other'], 1);
    const first = qc.fetchQuery({ queryKey: ['c', 'new'], queryFn }).catch(() => 'cancelled');
    setServer(2);
    setLiveQueriesData<number>(qc, { queryKey: ['c'] }, (old) => (old === undefined ? old : old + 1));
    expect([qc.getQueryData(['c', 'new']), qc.getQueryData(['c', 'liked']), qc.getQueryData(['other'])]).toEqual([2, 2, 1]);
    expect(started()).toBe(2); // ['c', 'new'] again; ['c', 'liked'] was idle
    pending.splice(0).forEach((resolve) => resolve());
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(qc.getQueryData(['c', 'new'])).toBe(2);
  });
});

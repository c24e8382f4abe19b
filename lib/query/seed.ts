'use client';

// A server-rendered page hands its data to the client query as `initialData`, which
// TanStack Query uses only while the cache holds nothing for the key. Coming back to a
// screen, the fresh server render then lost to the copy cached on the last visit (the
// family tools showed yesterday's missions). This puts the render's data in the cache
// when the screen mounts; the realtime resync on subscribing (useChannel) then catches
// anything newer, e.g. after a back navigation that replays an older render.
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';

export function useSeed<T>(key: QueryKey, initial: T | undefined) {
  const qc = useQueryClient();
  // Decided before the query hook creates the entry from `initial` itself.
  const [cached] = useState(() => initial !== undefined && qc.getQueryData(key) !== undefined);
  const done = useRef(false);
  useLayoutEffect(() => {
    if (!cached || done.current || initial === undefined) return;
    done.current = true;
    qc.setQueryData(key, initial);
    // Once per mount: later renders carry the same server data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

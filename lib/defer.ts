import { after } from 'next/server';

/**
 * Keep work alive past the response: started now (so realtime stays fast), and on
 * serverless platforms the request is held open until it settles. Outside a request
 * (tests, scripts) the promise simply runs.
 */
export function defer(work: Promise<unknown> | (() => Promise<unknown>)) {
  const p = (typeof work === 'function' ? work() : work).catch((err) => console.warn('[moa] deferred work failed:', (err as Error).message));
  try {
    after(() => p);
  } catch {
    // not inside a request scope
  }
  return p;
}

// Server CPU per request with the server saturated, and offered load past capacity.
// Used by bench/chat.mjs: a send is compared with the framework's floor (POST
// /api/bench/floor, the same JSON read and answered with nothing else) in the same run,
// so the ratio means the same on a busy machine and on a quiet one.
import { performance } from 'node:perf_hooks';
import { cpuByProgram, cpuPerOp, sleep, summary } from './harness.mjs';

/**
 * Closed loop: `inFlight` requests outstanding at all times for `seconds`, which keeps
 * the one server process busy the whole time. Returns requests per second and CPU ms
 * per request by program; `serverCpuMsPerRequest` is `program`'s (default `next server`,
 * the app's process).
 */
export async function saturate(seconds, op, inFlight = 32, program = 'next server') {
  let started = 0;
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  const before = cpuByProgram();
  const t0 = performance.now();
  // The monotonic clock a server's --cpu-prof profile is stamped with: the phase's samples can be picked out.
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (performance.now() < until) if (!(await op(started++))) failed++;
  }));
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = cpuPerOp(before, cpuByProgram(), started);
  return { monotonicUs: [fromUs, Number(process.hrtime.bigint() / 1000n)], requests: started, failed, seconds: elapsed, perSecond: Math.round(started / elapsed), serverCpuMsPerRequest: cpu[program], cpuMsPerRequest: cpu };
}

/** Several saturate() results of one kind of request as one: requests, rate and CPU per request over all of them. */
export function sumRounds(results) {
  const requests = results.reduce((a, r) => a + r.requests, 0);
  const seconds = results.reduce((a, r) => a + r.seconds, 0);
  const perRequest = (get) => +(results.reduce((a, r) => a + get(r) * r.requests, 0) / requests).toFixed(2);
  const programs = [...new Set(results.flatMap((r) => Object.keys(r.cpuMsPerRequest)))];
  return {
    requests, failed: results.reduce((a, r) => a + r.failed, 0), seconds, perSecond: Math.round(requests / seconds),
    serverCpuMsPerRequest: perRequest((r) => r.serverCpuMsPerRequest),
    cpuMsPerRequest: Object.fromEntries(programs.map((p) => [p, perRequest((r) => r.cpuMsPerRequest[p] ?? 0)])),
    monotonicUs: results.map((r) => r.monotonicUs),
  };
}

/**
 * Offer `rate` sends per second for `seconds` (open loop), each retried after the
 * server's Retry-After (or 1 s) when refused (503, 429, 408, other 5xx) or dropped, as the
 * app's outbox does. `send(i, attempt)` resolves to the HTTP status (0: no answer).
 * Returns the statuses seen, each send's time to its final answer, and how many never
 * got a 201 within `giveUpSeconds`.
 */
export async function offer(rate, seconds, send, { giveUpSeconds = 60 } = {}) {
  const statuses = {};
  const done = [];
  let unsent = 0;
  const total = Math.round(rate * seconds);
  const t0 = performance.now();
  const inflight = [];
  for (let i = 0; i < total; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    inflight.push((async () => {
      const start = performance.now();
      for (let attempt = 0; ; attempt++) {
        const { status, retryAfter } = await send(i, attempt);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 201) return done.push(performance.now() - start);
        // Retried as the outbox retries (lib/chat/outbox.ts isTransientSendError): no answer, 408, 429, 5xx.
        const transient = status === 0 || status === 408 || status === 429 || status >= 500;
        if ((performance.now() - start) / 1000 > giveUpSeconds || !transient) return unsent++;
        await sleep(1000 * (retryAfter || 1) * (0.5 + Math.random()));
      }
    })());
  }
  await Promise.all(inflight);
  return { offered: total, statuses, completeMs: summary(done), unsent, seconds: +((performance.now() - t0) / 1000).toFixed(1) };
}

// The framework's floor for the send benchmark (bench/chat.mjs): a POST whose JSON body is
// read like a message's and answered with JSON, with no session, database or realtime
// work, so the send's server CPU can be compared with it in the same run. The routes
// exist only when MOA_BENCH_ROUTES=1 (the benchmark sets it); 404 otherwise.
import { z } from 'zod';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { notFound } from '@/lib/errors';
import { readJson } from '@/lib/http';

const anyObject = z.looseObject({});

/** Echoes the body's clientId, as a send answers with the stored message. */
export async function floorResponse(req: NextRequest) {
  if (env().MOA_BENCH_ROUTES !== '1') throw notFound();
  const input = await readJson(req, anyObject);
  return NextResponse.json({ message: { clientId: typeof input.clientId === 'string' ? input.clientId : null } }, { status: 201 });
}

/**
 * The server process's memory for the benchmarks (bench/memory.mjs): V8's heap after a
 * full collection when the process runs with --expose-gc, and the resident set. Exists
 * only with MOA_BENCH_ROUTES=1, like the floor.
 */
export async function memoryResponse() {
  if (env().MOA_BENCH_ROUTES !== '1') throw notFound();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { getHeapStatistics } = await import('node:v8');
  const heap = getHeapStatistics();
  const mem = process.memoryUsage();
  const mib = (n: number) => +(n / 2 ** 20).toFixed(1);
  return NextResponse.json({
    collected: !!gc,
    rssMiB: mib(mem.rss),
    heapUsedMiB: mib(heap.used_heap_size),
    heapTotalMiB: mib(heap.total_heap_size),
    heapLimitMiB: mib(heap.heap_size_limit),
    externalMiB: mib(mem.external),
    arrayBuffersMiB: mib(mem.arrayBuffers),
  });
}

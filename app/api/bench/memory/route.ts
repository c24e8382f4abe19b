import { route } from '@/lib/http';
import { memoryResponse } from '@/lib/bench-floor';

// GET /api/bench/memory — the process's heap and resident memory, for the benchmarks (lib/bench-floor.ts)
export const GET = route(async () => memoryResponse());

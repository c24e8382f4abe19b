import { z } from 'zod';
import { env } from '@/lib/env';
import { notFound } from '@/lib/errors';
import { readJson, route } from '@/lib/http';
import { clockOffset, setClockOffset } from '@/lib/clock';

// Test-only time travel; the route does not exist unless MOA_TEST_HOOKS=1 (set by `npm test`).
const bodySchema = z.object({ offsetMs: z.number().int().min(0).max(4 * 366 * 24 * 3600 * 1000) });

function enabled() {
  if (env().MOA_TEST_HOOKS !== '1') throw notFound();
}

// GET /api/test/clock — current offset
export const GET = route(async () => {
  enabled();
  return { offsetMs: clockOffset() };
});

// PUT /api/test/clock — move the server clock forward by offsetMs from real time
export const PUT = route(async (req) => {
  enabled();
  const { offsetMs } = await readJson(req, bodySchema);
  setClockOffset(offsetMs);
  return { offsetMs };
});

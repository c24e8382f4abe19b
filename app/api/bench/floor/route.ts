import { z } from 'zod';
import { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { notFound } from '@/lib/errors';
import { readJson, route } from '@/lib/http';

// The framework's floor for the send benchmark (bench/chat.mjs): a POST whose JSON body is
// read like a message's and answered with JSON, with no session, database or realtime
// work, so the send's server CPU can be compared with it in the same run. It exists only
// when MOA_BENCH_ROUTES=1 (the benchmark sets it); 404 otherwise.
const anyObject = z.looseObject({});

// POST /api/bench/floor — echoes the body's clientId
export const POST = route(async (req) => {
  if (env().MOA_BENCH_ROUTES !== '1') throw notFound();
  const input = await readJson(req, anyObject);
  return NextResponse.json({ message: { clientId: typeof input.clientId === 'string' ? input.clientId : null } }, { status: 201 });
});

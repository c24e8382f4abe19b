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

// Ticket scan: a photo in, the fields a person confirms out. The type comes from the
// bytes, the photo is prepared with sharp, read by tesseract (Korean model, in worker
// threads, offline) and parsed into fields; nothing is stored (the pieces form keeps
// the photo if the person saves the piece).
import { AppError } from '@/lib/errors';
import { env } from '@/lib/env';
import { now } from '@/lib/clock';
import { sniff } from '@/lib/chat/uploads';
import { dayToDate, kstDay } from '@/lib/missions/schedule';
import type { Limit } from '@/lib/rate-limit';
import { createPool, type Pool } from './pool';
import { PREPARATIONS, readTicket } from './read';
import type { ScanFields } from './schemas';

/** Each scan is seconds of CPU: a person gets a few tries a minute, not a stream. */
export const SCAN_LIMIT: Limit = { name: 'scan-user', max: 20, windowSeconds: 10 * 60 };

const READABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/tiff']);

// One pool per process, kept across dev-server module reloads; and one of English-model
// workers for the seat capitals the templates cannot read (capitals.ts; ~100 MB each, started on first need).
// A scan sends several jobs at once (its preparations, then lines read again), so the
// line is held per scan below and the pools only refuse what that cannot explain.
const holder = globalThis as typeof globalThis & { __moaScanPool?: Pool; __moaLetterPool?: Pool; __moaScans?: { running: number } };
// Per preparation at most three jobs out at once (its page; then the title's three cuts).
const JOBS_PER_SCAN = 3 * PREPARATIONS.length;
/** Scans at once, running or waiting for a worker; past it a scan is refused as busy. */
export const maxScans = () => 4 * env().SCAN_WORKERS;
export function scanPool(): Pool {
  holder.__moaScanPool ??= createPool({ size: env().SCAN_WORKERS, maxWaiting: maxScans() * JOBS_PER_SCAN, idleMs: 5 * 60_000, timeoutMs: 30_000 });
  return holder.__moaScanPool;
}
function letterPool(): Pool {
  holder.__moaLetterPool ??= createPool({ size: env().SCAN_WORKERS, maxWaiting: maxScans() * JOBS_PER_SCAN, idleMs: 5 * 60_000, timeoutMs: 10_000, lang: 'eng' });
  return holder.__moaLetterPool;
}

/** 415 unless the bytes are a photo format we can decode (a PDF named .jpg included). */
export async function checkImage(bytes: Uint8Array, fileName: string) {
  const { mime } = await sniff(bytes, fileName).catch(() => ({ mime: 'mismatch' }));
  if (mime === 'image/heic' || mime === 'image/heif') throw new AppError('unsupported_media_type', 'scan.errors.heic');
  if (!READABLE.has(mime)) throw new AppError('unsupported_media_type', 'scan.errors.type');
}

export async function scanTicket(bytes: Uint8Array, fileName = ''): Promise<ScanFields> {
  await checkImage(bytes, fileName);
  const scans = (holder.__moaScans ??= { running: 0 });
  if (scans.running >= maxScans()) throw new AppError('unavailable', 'scan.errors.busy', { retryAfterSeconds: 5 });
  scans.running++;
  try {
    return await readTicket(bytes, { pool: scanPool(), letters: letterPool(), today: dayToDate(kstDay(now())) });
  } finally {
    scans.running--;
  }
}

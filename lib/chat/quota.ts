// Per-person upload quotas for room files: bytes sent in the last 24 hours, and bytes
// kept (files of deleted messages are gone from storage and no longer count; a
// deleted file still counts for its day, so sending and deleting cannot loop).
// Pending direct uploads count too: their size is reserved when the URL is handed out.
// Piece photos (lib/pieces/files.ts) share the same allowance: one person, one budget.
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';

const MB = 1024 * 1024;
const DAY_MS = 24 * 3600 * 1000;

export interface UploadQuota {
  usedToday: number;
  usedTotal: number;
  dailyLimit: number;
  totalLimit: number;
  /** Bytes this person may still upload now (0 or more). */
  remaining: number;
  /** Which limit `remaining` comes from. */
  binding: 'daily' | 'total';
}

/** One statement over the person's uploads and pending direct uploads. */
export async function getUploadQuota(userId: string): Promise<UploadQuota> {
  const since = new Date(now().getTime() - DAY_MS);
  const [row] = await db.$queryRaw<{ today: bigint; total: bigint }[]>`
    SELECT COALESCE(SUM(x.size) FILTER (WHERE x."createdAt" > ${since}), 0)::bigint AS today,
           COALESCE(SUM(x.size) FILTER (WHERE x.kept), 0)::bigint AS total
    FROM (
      SELECT u.size, u."createdAt", (m."deletedAt" IS NULL) AS kept
        FROM "Upload" u LEFT JOIN "Message" m ON m."uploadId" = u.id
       WHERE u."uploaderId" = ${userId}
      UNION ALL
      SELECT p.size, p."createdAt", true FROM "PendingUpload" p WHERE p."uploaderId" = ${userId}
      UNION ALL
      SELECT f.size, f."createdAt", true FROM "PieceFile" f WHERE f."ownerId" = ${userId}
    ) x`;
  const e = env();
  const dailyLimit = e.UPLOAD_DAILY_MB * MB;
  const totalLimit = e.UPLOAD_TOTAL_MB * MB;
  const usedToday = Number(row?.today ?? 0);
  const usedTotal = Number(row?.total ?? 0);
  const leftToday = Math.max(0, dailyLimit - usedToday);
  const leftTotal = Math.max(0, totalLimit - usedTotal);
  return { usedToday, usedTotal, dailyLimit, totalLimit, remaining: Math.min(leftToday, leftTotal), binding: leftToday <= leftTotal ? 'daily' : 'total' };
}

const mb = (bytes: number) => Math.floor((bytes / MB) * 10) / 10;

/** 413 naming the limit that was reached, with the numbers in `details`. */
export function quotaExceeded(q: UploadQuota) {
  const daily = q.binding === 'daily';
  return new AppError('payload_too_large', daily ? 'errors.uploadQuotaDaily' : 'errors.uploadQuotaTotal', {
    reason: daily ? 'daily_quota' : 'total_quota',
    limitMb: daily ? env().UPLOAD_DAILY_MB : env().UPLOAD_TOTAL_MB,
    usedMb: mb(daily ? q.usedToday : q.usedTotal),
    remainingMb: mb(q.remaining),
  });
}

export interface UploadLimit {
  /** The most bytes this upload may have: the file limit or what is left of the quota. */
  bytes: number;
  tooLarge: () => AppError;
}

/**
 * What one upload may weigh now. Refuses at once when nothing is left, or when the
 * size the caller declares (a direct upload's size, a request's Content-Length) is over.
 */
export function uploadLimit(q: UploadQuota, fileLimitBytes: number, fileTooLarge: () => AppError, declared?: number): UploadLimit {
  const byQuota = q.remaining < fileLimitBytes;
  const limit: UploadLimit = { bytes: Math.min(q.remaining, fileLimitBytes), tooLarge: byQuota ? () => quotaExceeded(q) : fileTooLarge };
  if (q.remaining <= 0 || (declared !== undefined && declared > limit.bytes)) throw limit.tooLarge();
  return limit;
}

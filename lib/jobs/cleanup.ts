import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import { storage } from '@/lib/storage';

/** Drop expired key/value rows (reads already ignore them; this keeps the table small). */
export async function purgeExpiredKv() {
  const { count } = await db.kvEntry.deleteMany({ where: { expiresAt: { lte: now() } } });
  return { purged: count };
}

/** An upload no message carries after this long will never be sent: the client gave up. */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 3600 * 1000;
const BATCH = 200;

/**
 * Remove room uploads no message took within a day, and direct uploads never completed,
 * with their stored files. Rows go first, in one statement that re-checks "no message",
 * so a file is only deleted once nothing can point at it; a file whose delete fails is
 * an orphan in storage, never a broken message. Batches until none is left.
 */
export async function purgeUnattachedUploads() {
  const cutoff = new Date(now().getTime() - UNATTACHED_UPLOAD_TTL_MS);
  let uploads = 0;
  let pending = 0;
  const keys: string[] = [];
  for (;;) {
    const rows = await db.$queryRaw<{ key: string; thumbKey: string | null }[]>`
      DELETE FROM "Upload" u
       WHERE u.id IN (SELECT x.id FROM "Upload" x WHERE x."createdAt" < ${cutoff}
                        AND NOT EXISTS (SELECT 1 FROM "Message" m WHERE m."uploadId" = x.id) LIMIT ${BATCH})
         AND NOT EXISTS (SELECT 1 FROM "Message" m WHERE m."uploadId" = u.id)
      RETURNING u.key, u."thumbKey"`;
    uploads += rows.length;
    for (const r of rows) keys.push(r.key, ...(r.thumbKey ? [r.thumbKey] : []));
    if (rows.length < BATCH) break;
  }
  for (;;) {
    const rows = await db.$queryRaw<{ key: string }[]>`
      DELETE FROM "PendingUpload" p
       WHERE p.id IN (SELECT x.id FROM "PendingUpload" x WHERE x."createdAt" < ${cutoff} LIMIT ${BATCH})
      RETURNING p.key`;
    pending += rows.length;
    // A direct upload may have been put (and a thumbnail made) without being completed.
    for (const r of rows) keys.push(r.key, `${r.key}-thumb`);
    if (rows.length < BATCH) break;
  }
  let failed = 0;
  for (let i = 0; i < keys.length; i += 20) {
    const results = await Promise.allSettled(keys.slice(i, i + 20).map((k) => storage().delete(k)));
    failed += results.filter((r) => r.status === 'rejected').length;
  }
  if (failed) console.warn(`[moa] cleanup: ${failed} stored files could not be deleted`);
  return { uploads, pending, files: keys.length - failed };
}

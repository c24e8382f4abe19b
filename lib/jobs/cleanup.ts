import { db } from '@/lib/db';
import { now } from '@/lib/clock';

/** Drop expired key/value rows (reads already ignore them; this keeps the table small). */
export async function purgeExpiredKv() {
  const { count } = await db.kvEntry.deleteMany({ where: { expiresAt: { lte: now() } } });
  return { purged: count };
}

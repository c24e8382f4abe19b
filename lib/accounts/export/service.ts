// "내 데이터 내려받기": a ZIP built in the background (after the response), kept in storage
// for a day, offered through a signed link that expires with it, announced in the
// notification center. The hourly cleanup removes expired ones and gives up stuck builds.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { AppError, notFound } from '@/lib/errors';
import { hit } from '@/lib/rate-limit';
import { storage } from '@/lib/storage';
import { translator } from '@/lib/i18n/messages';
import { deliverNotifications, storeNotifications } from '@/lib/notifications/service';
import { exportEntries } from './contents';
import { zipStream } from './zip-stream';

export const EXPORT_TTL_MS = 24 * 3600 * 1000;
/** A build not done after this long is taken as lost (the process ended): FAILED, ask again. */
const STUCK_MS = 60 * 60 * 1000;
const EXPORTS_PER_DAY = { name: 'data-export', max: 5, windowSeconds: 24 * 3600 };

export interface DataExportDto {
  id: string;
  status: 'PENDING' | 'READY' | 'FAILED';
  createdAt: string;
  expiresAt: string;
  size: number | null;
  /** Signed, and only while READY and unexpired. */
  downloadUrl: string | null;
}

type Row = { id: string; status: string; createdAt: Date; expiresAt: Date; size: number | null };

const signingKey = () => Buffer.from(hkdfSync('sha256', env().NEXTAUTH_SECRET, '', 'Moa data export link', 32));
const signature = (id: string, exp: number) => createHmac('sha256', signingKey()).update(`${id}.${exp}`).digest('base64url');

function toDto(r: Row): DataExportDto {
  const live = r.status === 'READY' && r.expiresAt > now();
  const exp = Math.floor(r.expiresAt.getTime() / 1000);
  return {
    id: r.id, status: r.status as DataExportDto['status'], createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString(), size: r.size,
    downloadUrl: live ? `/api/accounts/export/${r.id}?exp=${exp}&sig=${signature(r.id, exp)}` : null,
  };
}

/** My latest export, or null. */
export async function latestExport(userId: string): Promise<DataExportDto | null> {
  const row = await db.dataExport.findFirst({ where: { userId }, orderBy: { createdAt: 'desc' } });
  return row ? toDto(row) : null;
}

/** Ask for a new export; one still being built is returned instead of starting another. */
export async function startExport(userId: string): Promise<DataExportDto> {
  const at = now();
  const building = await db.dataExport.findFirst({ where: { userId, status: 'PENDING', createdAt: { gt: new Date(at.getTime() - STUCK_MS) } } });
  if (building) return toDto(building);
  await hit(EXPORTS_PER_DAY, userId);
  const row = await db.dataExport.create({ data: { userId, createdAt: at, expiresAt: new Date(at.getTime() + EXPORT_TTL_MS) } });
  defer(() => buildExport(row.id, userId));
  return toDto(row);
}

/**
 * Build and store the ZIP, then in one transaction: mark it READY, drop my earlier exports
 * and store the notification (so "ready" and its announcement commit together); files of
 * the dropped exports go after.
 */
export async function buildExport(exportId: string, userId: string) {
  const key = `exports/${userId}/${exportId}`; // storage keys have no dots
  let size: number;
  try {
    size = await storage().putStream(key, zipStream(exportEntries(userId)), 'application/zip');
  } catch (err) {
    console.warn('[moa] data export failed:', (err as Error).message);
    await db.dataExport.updateMany({ where: { id: exportId, status: 'PENDING' }, data: { status: 'FAILED' } });
    await storage().delete(key).catch(() => {});
    return;
  }
  const at = now();
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.dataExport.updateMany({ where: { id: exportId, status: 'PENDING' }, data: { status: 'READY', key, size, readyAt: at, expiresAt: new Date(at.getTime() + EXPORT_TTL_MS) } });
    if (!count) return null;
    const older = await tx.dataExport.findMany({ where: { userId, id: { not: exportId } }, select: { id: true, key: true } });
    await tx.dataExport.deleteMany({ where: { id: { in: older.map((o) => o.id) } } });
    const rows = await storeNotifications(tx, [userId], {
      kind: 'system',
      title: (l) => translator(l)('account.export.notifyTitle'),
      body: (l) => translator(l)('account.export.notifyBody'),
      url: '/me#export',
    });
    return { older, rows };
  });
  if (!done) return void (await storage().delete(key).catch(() => {})); // given up meanwhile (cleanup)
  deliverNotifications(done.rows);
  await Promise.all(done.older.filter((o) => o.key).map((o) => storage().delete(o.key!).catch(() => {})));
}

async function removeExports(rows: { id: string; key: string | null }[]) {
  if (!rows.length) return;
  await db.dataExport.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  await Promise.all(rows.filter((r) => r.key).map((r) => storage().delete(r.key!).catch(() => {})));
}

/** The ZIP behind a signed link: mine, READY, unexpired and the signature holding; otherwise 404 (410 once expired). */
export async function openExport(userId: string, exportId: string, exp: number, sig: string) {
  const want = Buffer.from(signature(exportId, exp));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) throw notFound();
  const row = await db.dataExport.findFirst({ where: { id: exportId, userId, status: 'READY' } });
  if (!row?.key || Math.floor(row.expiresAt.getTime() / 1000) !== exp) throw notFound();
  if (row.expiresAt <= now()) throw new AppError('not_found', 'account.errors.exportGone');
  const obj = await storage().get(row.key);
  if (!obj) throw notFound();
  return { body: obj.body, size: obj.size, createdAt: row.createdAt };
}

/** Hourly: expired exports go (rows and files); builds that never finished are marked failed. */
export async function purgeDataExports() {
  const at = now();
  const expired = await db.dataExport.findMany({ where: { expiresAt: { lte: at } }, select: { id: true, key: true }, take: 500 });
  await removeExports(expired);
  const { count } = await db.dataExport.updateMany({ where: { status: 'PENDING', createdAt: { lt: new Date(at.getTime() - STUCK_MS) } }, data: { status: 'FAILED' } });
  return { removed: expired.length, failed: count };
}

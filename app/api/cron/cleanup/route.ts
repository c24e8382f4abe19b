import { route } from '@/lib/http';
import { now } from '@/lib/clock';
import { requireCron } from '@/lib/jobs/cron';
import { purgeExpiredKv, purgeUnattachedUploads } from '@/lib/jobs/cleanup';
import { purgeUnattachedPieceFiles } from '@/lib/pieces/files';
import { purgeDataExports } from '@/lib/accounts/export/service';

// GET /api/cron/cleanup — hourly housekeeping (Vercel Cron; locally the dev runner)
export const GET = route(async (req) => {
  requireCron(req);
  return { ...(await purgeExpiredKv()), uploads: await purgeUnattachedUploads(), pieces: await purgeUnattachedPieceFiles(now()), exports: await purgeDataExports() };
});

import { route } from '@/lib/http';
import { requireCron } from '@/lib/jobs/cron';
import { purgeExpiredKv, purgeUnattachedUploads } from '@/lib/jobs/cleanup';

// GET /api/cron/cleanup — hourly housekeeping (Vercel Cron; locally the dev runner)
export const GET = route(async (req) => {
  requireCron(req);
  return { ...(await purgeExpiredKv()), uploads: await purgeUnattachedUploads() };
});

import { route } from '@/lib/http';
import { requireCron } from '@/lib/jobs/cron';
import { announceStartedMissions } from '@/lib/missions/assigned';

// GET /api/cron/missions — every 15 minutes: tell children about scheduled missions whose start day has come (from 07:00 KST)
export const GET = route(async (req) => {
  requireCron(req);
  return announceStartedMissions({ morningOnly: true });
});

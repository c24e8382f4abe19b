import { route } from '@/lib/http';
import { requireCron } from '@/lib/jobs/cron';
import { dissolveDueCouples } from '@/lib/circles/dissolve';

// GET /api/cron/couples — every 15 minutes: dissolve couples whose seven-day countdown ended
export const GET = route(async (req) => {
  requireCron(req);
  return dissolveDueCouples();
});

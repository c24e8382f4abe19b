import { route } from '@/lib/http';
import { requireCron } from '@/lib/jobs/cron';
import { closeExpiredPosts } from '@/lib/posts/service';

// GET /api/cron/posts — every 5 minutes: close group orders whose deadline passed (reads also do it lazily)
export const GET = route(async (req) => {
  requireCron(req);
  return closeExpiredPosts();
});

import { z } from 'zod';
import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { line } from '@/lib/schemas';
import { areaLabel, searchAreas } from '@/lib/areas/service';

const query = z.object({ q: line().min(1).max(40) }).strict();

// GET /api/areas/search?q= — dongs whose name holds every word typed ("마포 서교")
export const GET = route(async (req) => {
  await requireUser();
  const { q } = query.parse(Object.fromEntries(req.nextUrl.searchParams));
  return { areas: searchAreas(q).map((a) => ({ code: a.code, name: areaLabel(a) })) };
});

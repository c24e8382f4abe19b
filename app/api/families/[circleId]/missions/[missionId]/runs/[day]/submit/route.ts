import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { readUploadedImage } from '@/lib/multipart';
import { PHOTO_MAX_BYTES, runParams } from '@/lib/missions/schemas';
import { submitRun } from '@/lib/missions/runs';

// POST /api/families/[circleId]/missions/[missionId]/runs/[day]/submit — the child marks it done;
// multipart with a `photo` (JPEG/PNG/WebP, ≤10 MB) or an empty body without one
export const POST = route<{ circleId: string; missionId: string; day: string }>(async (req, params) => {
  const { circleId, missionId, day } = parseParams(params, runParams);
  const user = await requireUser();
  const multipart = /^multipart\//i.test(req.headers.get('content-type') ?? '');
  // Read only once the run is known to be this child's to submit.
  const readPhoto = multipart ? () => readUploadedImage(req, 'photo', PHOTO_MAX_BYTES) : undefined;
  return submitRun(user.id, circleId, missionId, day, readPhoto);
});

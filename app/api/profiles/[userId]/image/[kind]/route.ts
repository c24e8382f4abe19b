import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { userImageParams } from '@/lib/profiles/schemas';
import { profileImageResponse } from '@/lib/profiles/serve';

// GET /api/profiles/[userId]/image/[kind] — someone's avatar or background (404 to those who may not see it)
export const GET = route<{ userId: string; kind: string }>(async (req, params) => {
  const user = await requireUser();
  const { userId, kind } = parseParams(params, userImageParams);
  return profileImageResponse(req, user.id, userId, kind);
});

import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { updateProfileSchema } from '@/lib/profiles/schemas';
import { getMyProfile, updateMyProfile } from '@/lib/profiles/service';

// GET /api/profiles/me — my profile
export const GET = route(async () => {
  const user = await requireUser();
  return { profile: await getMyProfile(user.id) };
});

// PUT /api/profiles/me — change display name and/or status message
export const PUT = route(async (req) => {
  const user = await requireUser();
  const input = await readJson(req, updateProfileSchema);
  return { profile: await updateMyProfile(user.id, input) };
});

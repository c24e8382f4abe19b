import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { joinFamilySchema } from '@/lib/circles/schemas';
import { joinFamily } from '@/lib/circles/service';

// POST /api/circles/join — join a family with an invite code (unknown, used or expired codes: 404)
export const POST = route(async (req) => {
  const { code } = await readJson(req, joinFamilySchema);
  const user = await requireUser();
  return { circle: await joinFamily(user.id, code) };
});

import { readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { setAreaSchema } from '@/lib/posts/schemas';
import { myArea, setMyArea } from '@/lib/posts/service';

// GET /api/me/area — my neighbourhood (동네) and the radius I look around it
export const GET = route(async () => {
  const user = await requireUser();
  return myArea(user.id);
});

// PUT /api/me/area — set or change my neighbourhood (a dong code) and optionally the radius
export const PUT = route(async (req) => {
  const user = await requireUser();
  const { areaCode, radiusKm } = await readJson(req, setAreaSchema);
  return setMyArea(user.id, areaCode, radiusKm);
});

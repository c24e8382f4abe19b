import { parseParams, readJson, requestLocale, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { circleParams } from '@/lib/circles/schemas';
import { settingsSchema } from '@/lib/couple/schemas';
import { getCoupleOverview, updateCoupleSettings } from '@/lib/couple/service';

// GET /api/circles/[circleId]/couple — the couple's home: days together, D-Days, open question, settings
export const GET = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  return { couple: await getCoupleOverview(user.id, circleId, requestLocale(req)) };
});

// PATCH /api/circles/[circleId]/couple — question frequency and/or our start date
export const PATCH = route<{ circleId: string }>(async (req, params) => {
  const { circleId } = parseParams(params, circleParams);
  const user = await requireUser();
  const input = await readJson(req, settingsSchema);
  return { couple: await updateCoupleSettings(user.id, circleId, input, requestLocale(req)) };
});

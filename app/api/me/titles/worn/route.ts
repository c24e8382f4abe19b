import { readJson, requestLocale, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { wearSchema } from '@/lib/pieces/stats-schemas';
import { wearTitle } from '@/lib/pieces/titles-service';
import { wornTitleLabel } from '@/lib/pieces/title-labels';

// PUT /api/me/titles/worn — wear one of my earned titles next to my name ({ titleId }), or none ({ titleId: null })
export const PUT = route(async (req) => {
  const user = await requireUser();
  const { titleId } = await readJson(req, wearSchema);
  const worn = await wearTitle(user.id, titleId);
  return { ...worn, label: wornTitleLabel(worn, requestLocale(req)) };
});

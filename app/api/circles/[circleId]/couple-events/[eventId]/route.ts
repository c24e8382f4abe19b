import { parseParams, readJson, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { eventParams, eventPatchSchema } from '@/lib/couple/schemas';
import { deleteEvent, updateEvent } from '@/lib/couple/calendar-service';

// PATCH /api/circles/[circleId]/couple-events/[eventId] — edit an event (either partner)
export const PATCH = route<{ circleId: string; eventId: string }>(async (req, params) => {
  const { circleId, eventId } = parseParams(params, eventParams);
  const user = await requireUser();
  const input = await readJson(req, eventPatchSchema);
  return { event: await updateEvent(user.id, circleId, eventId, input) };
});

// DELETE /api/circles/[circleId]/couple-events/[eventId] — delete an event (either partner)
export const DELETE = route<{ circleId: string; eventId: string }>(async (_req, params) => {
  const { circleId, eventId } = parseParams(params, eventParams);
  const user = await requireUser();
  await deleteEvent(user.id, circleId, eventId);
  return { ok: true };
});

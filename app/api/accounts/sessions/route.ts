import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { listSessions, revokeOtherSessions } from '@/lib/accounts/devices';

// GET /api/accounts/sessions — my signed-in devices, this one marked
export const GET = route(async () => ({ sessions: await listSessions(await requireUser()) }));

// DELETE /api/accounts/sessions — sign out every device but this one
export const DELETE = route(async () => revokeOtherSessions(await requireUser()));

import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { roomParams } from '@/lib/chat/schemas';
import { drawerQuerySchema } from '@/lib/chat/drawer-schemas';
import { listDrawer } from '@/lib/chat/drawer';

// GET /api/rooms/:roomId/drawer?kind=media|files|links&cursor=&limit= — the room drawer, newest first
export const GET = route(async (req, params) => {
  const { roomId } = parseParams(params, roomParams);
  const q = drawerQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const user = await requireUser();
  return listDrawer(user.id, roomId, q);
});

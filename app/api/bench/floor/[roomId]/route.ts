import { parseParams, route } from '@/lib/http';
import { roomParams } from '@/lib/chat/schemas';
import { floorResponse } from '@/lib/bench-floor';

// POST /api/bench/floor/:roomId — the floor at a path shaped like a send's: Next.js
// matches a dynamic segment and the handler checks it, as the send route does.
export const POST = route(async (req, params) => {
  parseParams(params, roomParams);
  return floorResponse(req);
});

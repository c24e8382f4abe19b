import { route } from '@/lib/http';
import { floorResponse } from '@/lib/bench-floor';

// POST /api/bench/floor — the floor at a fixed path (lib/bench-floor.ts)
export const POST = route(async (req) => floorResponse(req));

import { z } from 'zod';
import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { openUpload } from '@/lib/chat/uploads';
import { idSchema } from '@/lib/schemas';

const variantSchema = z.enum(['original', 'thumb', 'download']).catch('original');

// GET /api/files/:uploadId?variant=thumb|download — a room file, for members of its room
export const GET = route(async (req, params) => {
  const { uploadId } = parseParams(params, z.object({ uploadId: idSchema }));
  const user = await requireUser();
  const file = await openUpload(user.id, uploadId, variantSchema.parse(req.nextUrl.searchParams.get('variant') ?? 'original'));
  return new Response(file.body, { headers: file.headers });
});

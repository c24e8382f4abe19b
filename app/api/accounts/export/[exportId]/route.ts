import { z } from 'zod';
import { parseParams, route } from '@/lib/http';
import { idSchema } from '@/lib/schemas';
import { requireUser } from '@/lib/accounts/session';
import { openExport } from '@/lib/accounts/export/service';

const params = z.object({ exportId: idSchema });
const query = z.object({ exp: z.coerce.number().int().min(0).max(1e11), sig: z.string().max(100) });

// GET /api/accounts/export/[exportId]?exp=…&sig=… — download my export (signed link, until it expires)
export const GET = route<{ exportId: string }>(async (req, p) => {
  const { exportId } = parseParams(p, params);
  const q = parseParams(Object.fromEntries(req.nextUrl.searchParams), query);
  const user = await requireUser();
  const file = await openExport(user.id, exportId, q.exp, q.sig);
  const day = file.createdAt.toISOString().slice(0, 10).replaceAll('-', '');
  return new Response(file.body, {
    headers: {
      'content-type': 'application/zip',
      'content-length': String(file.size),
      'content-disposition': `attachment; filename="moa-data-${day}.zip"`,
      'cache-control': 'private, no-store',
    },
  });
});

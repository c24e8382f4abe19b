import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { AppError } from '@/lib/errors';
import { readFormFile } from '@/lib/multipart';
import { hit } from '@/lib/rate-limit';
import { SCAN_MAX_BYTES } from '@/lib/pieces/scan/schemas';
import { SCAN_LIMIT, scanTicket } from '@/lib/pieces/scan/service';

const photoErrors = {
  tooLarge: () => new AppError('payload_too_large', 'scan.errors.tooLarge', { mb: SCAN_MAX_BYTES / 2 ** 20 }),
  missing: 'scan.errors.missing',
  empty: 'scan.errors.empty',
};

// POST /api/pieces/scan — read a ticket photo (multipart field "photo", ≤ 10 MB) into fields to confirm; nothing is stored
export const POST = route(async (req) => {
  const user = await requireUser();
  await hit(SCAN_LIMIT, user.id);
  const photo = await readFormFile(req, 'photo', SCAN_MAX_BYTES, photoErrors);
  return { fields: await scanTicket(new Uint8Array(await photo.arrayBuffer()), photo.name) };
});

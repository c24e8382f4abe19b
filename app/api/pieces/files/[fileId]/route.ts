import { z } from 'zod';
import { parseParams, route } from '@/lib/http';
import { currentUser } from '@/lib/accounts/session';
import { fileParams } from '@/lib/pieces/schemas';
import { openPieceFile } from '@/lib/pieces/files';

const variantSchema = z.enum(['full', 'thumb']).catch('full');

// GET /api/pieces/files/[fileId]?variant=thumb — a piece photo: its owner's, or anyone's while the piece is public
export const GET = route<{ fileId: string }>(async (req, params) => {
  const { fileId } = parseParams(params, fileParams);
  const user = await currentUser();
  return openPieceFile(user?.id ?? null, fileId, variantSchema.parse(req.nextUrl.searchParams.get('variant') ?? 'full'));
});

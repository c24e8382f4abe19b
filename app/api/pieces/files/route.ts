import { NextResponse } from 'next/server';
import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { uploadPieceFile } from '@/lib/pieces/files';

// POST /api/pieces/files — multipart `file`: one photo for a piece not saved yet (≤ 10 MB)
export const POST = route(async (req) => {
  const user = await requireUser();
  return NextResponse.json({ file: await uploadPieceFile(user.id, req) }, { status: 201 });
});

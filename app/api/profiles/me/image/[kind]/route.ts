import { parseParams, route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { IMAGE_MAX_BYTES, imageParams } from '@/lib/profiles/schemas';
import { removeProfileImage, setProfileImage } from '@/lib/profiles/service';
import { profileImageResponse } from '@/lib/profiles/serve';
import { readUploadedImage } from '@/lib/multipart';

// GET /api/profiles/me/image/[kind] — my own avatar or background
export const GET = route<{ kind: string }>(async (req, params) => {
  const user = await requireUser();
  const { kind } = parseParams(params, imageParams);
  return profileImageResponse(req, user.id, user.id, kind);
});

// PUT /api/profiles/me/image/[kind] — upload a new avatar or background (multipart field "file")
export const PUT = route<{ kind: string }>(async (req, params) => {
  const user = await requireUser();
  const { kind } = parseParams(params, imageParams);
  const bytes = await readUploadedImage(req, 'file', IMAGE_MAX_BYTES);
  return { profile: await setProfileImage(user.id, kind, bytes) };
});

// DELETE /api/profiles/me/image/[kind] — remove my avatar or background
export const DELETE = route<{ kind: string }>(async (_req, params) => {
  const user = await requireUser();
  const { kind } = parseParams(params, imageParams);
  return { profile: await removeProfileImage(user.id, kind) };
});

// The HTTP face of a stored profile image. Always WebP (we re-encoded it), never
// sniffed by the browser, cached privately; long only when the URL names this version.
import { getProfileImageOrThrow } from './service';
import type { ImageKind } from './schemas';
import type { StoredObject } from '@/lib/storage';

export async function profileImageResponse(req: Request, viewerId: string, userId: string, kind: ImageKind) {
  const { key, object } = await getProfileImageOrThrow(viewerId, userId, kind);
  return storedWebpResponse(req, key, object);
}

/** A re-encoded WebP from storage (profile or room pictures); `?v=` naming this key's tail makes it immutable. */
export function storedWebpResponse(req: Request, key: string, object: StoredObject) {
  const version = new URL(req.url).searchParams.get('v');
  const current = version !== null && key.endsWith(version) && version.length >= 8;
  return new Response(object.body, {
    headers: {
      'content-type': 'image/webp',
      'content-length': String(object.size),
      'content-disposition': 'inline',
      'cache-control': current ? 'private, max-age=31536000, immutable' : 'private, no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}

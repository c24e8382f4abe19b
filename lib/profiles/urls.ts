// Profile image URLs carry the storage key's tail so a new image busts caches.
export function avatarUrl(userId: string, key: string | null | undefined) {
  return key ? `/api/profiles/${userId}/image/avatar?v=${key.slice(-12)}` : null;
}
export function backgroundUrl(userId: string, key: string | null | undefined) {
  return key ? `/api/profiles/${userId}/image/background?v=${key.slice(-12)}` : null;
}

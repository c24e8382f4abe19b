// Zod-free, so the profile editor can show them without loading zod with /me.
export const STATUS_MAX = 60;
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;

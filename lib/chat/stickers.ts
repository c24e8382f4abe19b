import ids from './sticker-ids.json';

/** The emoticon set shipped in public/stickers (drawn by scripts/make-stickers.mjs). */
export const STICKERS: readonly string[] = ids;
export const STICKER_IDS = new Set(ids);
export const stickerUrl = (id: string) => `/stickers/${id}.svg`;

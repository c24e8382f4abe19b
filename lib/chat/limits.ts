// Without zod, so the composer (a room's first load) does not ship it for one number.
/** The longest text message, in characters. */
export const MAX_TEXT = 4000;

// Without zod, so client code that only needs the pattern (channel names) does not ship it.
/** Ids the server makes (cuids): the pattern, for places that are not zod (channel names). */
export const ID_PATTERN = '[a-z0-9]{20,40}';

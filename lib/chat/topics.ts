// Open rooms (Room.kind OPEN) belong to something outside chat, named by their topic:
// "show:<id>" (a cake's room) or "post:<id>" (a group order's room). What a signed-in
// person who has not joined may do is a rule on the topic's prefix, kept here only.
const PUBLIC_PREFIXES = ['show:'] as const;

export const showTopic = (showId: string) => `show:${showId}`;

/**
 * May anyone signed in read this open room (history, its room channel) without joining?
 * Only cake rooms: a show's chat is public to every fan. Every other open room (a group
 * order's) is members-only, like a group room.
 */
export const isPublicTopic = (kind: string, topic: string | null) =>
  kind === 'OPEN' && !!topic && PUBLIC_PREFIXES.some((p) => topic.startsWith(p));

/** The same rule for SQL over a "Room" row named `alias` (for the history statement). */
export const PUBLIC_ROOM_SQL = (alias: string) =>
  `(${alias}.kind = 'OPEN' AND (${PUBLIC_PREFIXES.map((p) => `${alias}.topic LIKE '${p}%'`).join(' OR ')}))`;

/** "show:<id>" → the show's id; null for any other topic. */
export const showIdOfTopic = (topic: string | null) => (topic?.startsWith('show:') ? topic.slice('show:'.length) : null);

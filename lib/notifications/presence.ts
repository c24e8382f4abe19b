// "Is this person using Moa right now?" Every visible Moa tab of a person holds their
// presence channel `presence-user-{id}` (see use-visible-presence.ts); a hidden tab, a
// closed one or a dropped connection leaves it. App-event push goes only to people
// with no visible tab. Asked of Soketi/Pusher through the HTTP API at send time.
import { channels } from '@/lib/realtime/channels';
import { pusher } from '@/lib/realtime/server';

/** Whether the user has a visible Moa tab; null when the realtime server cannot say. */
async function hasVisibleTab(userId: string): Promise<boolean | null> {
  try {
    const res = await pusher().get({ path: `/channels/${channels.userPresence(userId)}`, params: { info: 'user_count' } });
    if (!res.ok) return null;
    const body = (await res.json()) as { occupied?: boolean; user_count?: number };
    return body.occupied === true || (body.user_count ?? 0) > 0;
  } catch (err) {
    console.warn('[moa] user presence lookup failed:', (err as Error).message);
    return null;
  }
}

/**
 * Of these users, the ones looking at Moa now. Unknown counts as away: one push too
 * many beats an event missed (the same rule as chat message push).
 */
export async function usersWithVisibleTab(userIds: string[]): Promise<Set<string>> {
  const unique = [...new Set(userIds)];
  const answers = await Promise.all(unique.map(hasVisibleTab));
  return new Set(unique.filter((_, i) => answers[i] === true));
}

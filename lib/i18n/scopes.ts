// Each page sends its client only the message strings its client code can ask for: the
// shell's (tab bar, connection banner, chat and call listeners) from the root layout, and
// a section's own from <MessagesScope> around it, merged with what is above. All of them
// were ~89 KB in every page's HTML. scopes.test.ts reads the source and fails when a
// page's client code asks for a namespace its scopes do not hold.
import type { Locale } from './config';
import { formatterMessages, type Messages } from './messages';

type Namespace = keyof Messages;

export const SCOPES = {
  shell: ['app', 'calls', 'chat', 'nav', 'shell'],
  home: ['circles', 'couple', 'coupleTools', 'errors', 'family', 'home', 'me', 'notifications'],
  circles: ['board', 'calendar', 'circles', 'couple', 'coupleTools', 'errors', 'family', 'familyTools', 'home', 'me', 'missions', 'suggestions', 'wishlist'],
  chat: ['cakes', 'coupleTools', 'errors', 'friends', 'rooms', 'titles', 'validation'],
  cakes: ['cakes', 'titles'],
  pieces: ['cakes', 'errors', 'missions', 'pieces', 'scan', 'shows', 'ticket', 'titles', 'validation'],
  neighbourhood: ['posts'],
  me: ['account', 'auth', 'devices', 'errors', 'me', 'notifications', 'profile', 'validation'],
  profile: ['errors', 'profile'],
  account: ['account', 'auth', 'errors', 'validation'],
} as const satisfies Record<string, readonly Namespace[]>;

export type Scope = keyof typeof SCOPES;

const cache = new Map<string, Partial<Messages>>();

/** A scope's namespaces of a locale's messages, as the client's formatter reads them. */
export function scopedMessages(locale: Locale, scope: Scope): Partial<Messages> {
  const key = `${locale}:${scope}`;
  let picked = cache.get(key);
  if (!picked) {
    const all = formatterMessages(locale);
    picked = Object.fromEntries(SCOPES[scope].map((ns) => [ns, all[ns]])) as Partial<Messages>;
    cache.set(key, picked);
  }
  return picked;
}

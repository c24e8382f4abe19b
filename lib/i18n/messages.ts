import { createTranslator } from 'use-intl/core';
import formatMessage from 'use-intl/format-message';
import { compileTree } from './compiled';
import koCore from '@/messages/ko.json';
import enCore from '@/messages/en.json';
// Newer domains keep their strings in a file per namespace (messages/<locale>/<ns>.json),
// so work on different domains does not collide in one large file.
import koPieces from '@/messages/ko/pieces.json';
import enPieces from '@/messages/en/pieces.json';
import koTicket from '@/messages/ko/ticket.json';
import enTicket from '@/messages/en/ticket.json';
import koScan from '@/messages/ko/scan.json';
import enScan from '@/messages/en/scan.json';
import koShows from '@/messages/ko/shows.json';
import enShows from '@/messages/en/shows.json';
import koCakes from '@/messages/ko/cakes.json';
import enCakes from '@/messages/en/cakes.json';
import koTitles from '@/messages/ko/titles.json';
import enTitles from '@/messages/en/titles.json';
import koPosts from '@/messages/ko/posts.json';
import enPosts from '@/messages/en/posts.json';
// Chat's newer strings (message actions, reactions, replies) beside the core file's `chat`.
import koChat from '@/messages/ko/chat.json';
import enChat from '@/messages/en/chat.json';
import koRooms from '@/messages/ko/rooms.json';
import enRooms from '@/messages/en/rooms.json';
import koFamilyTools from '@/messages/ko/familyTools.json';
import enFamilyTools from '@/messages/en/familyTools.json';
import koShell from '@/messages/ko/shell.json';
import enShell from '@/messages/en/shell.json';
import koAccount from '@/messages/ko/account.json';
import enAccount from '@/messages/en/account.json';
import type { Locale } from './config';

const ko = { ...koCore, chat: { ...koCore.chat, ...koChat }, pieces: koPieces, ticket: koTicket, scan: koScan, shows: koShows, cakes: koCakes, titles: koTitles, posts: koPosts, rooms: koRooms, familyTools: koFamilyTools, shell: koShell, account: koAccount };
const en = { ...enCore, chat: { ...enCore.chat, ...enChat }, pieces: enPieces, ticket: enTicket, scan: enScan, shows: enShows, cakes: enCakes, titles: enTitles, posts: enPosts, rooms: enRooms, familyTools: enFamilyTools, shell: enShell, account: enAccount };

export type Messages = typeof ko;
export const MESSAGES: Record<Locale, Messages> = { ko, en };

/**
 * Whether this bundle formats precompiled messages: the app's builds do (next.config.js
 * aliases use-intl's formatter to its format-only build, t.raw unavailable); plain Node
 * (vitest, scripts) runs the full formatter on the raw strings.
 */
export const PRECOMPILED = !(formatMessage as { raw?: unknown }).raw;

const compiled = new Map<Locale, Messages>();
/** A locale's messages as the formatter of this bundle reads them (the client's IntlProvider gets these); compiled once per process. */
export function formatterMessages(locale: Locale): Messages {
  if (!PRECOMPILED) return MESSAGES[locale];
  let m = compiled.get(locale);
  // Through JSON: the compiler builds plural and select options as null-prototype objects,
  // which React will not pass from a server component to a client one.
  if (!m) compiled.set(locale, (m = JSON.parse(JSON.stringify(compileTree(MESSAGES[locale]))) as Messages));
  return m;
}

export function translator(locale: Locale) {
  return createTranslator({ locale, messages: formatterMessages(locale) });
}

/** Translate a dotted key if the message files have it; otherwise undefined. */
export function maybeTranslate(locale: Locale, key: string, values?: Record<string, string | number>): string | undefined {
  const path = key.split('.');
  let node: unknown = MESSAGES[locale];
  for (const p of path) {
    if (node && typeof node === 'object' && p in node) node = (node as Record<string, unknown>)[p];
    else return undefined;
  }
  if (typeof node !== 'string') return undefined;
  // The key was checked above, so the typed translator can be bypassed safely.
  return (translator(locale) as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
}

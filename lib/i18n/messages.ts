import { createTranslator } from 'use-intl/core';
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
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
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

import { createTranslator } from 'use-intl/core';
import ko from '@/messages/ko.json';
import en from '@/messages/en.json';
import type { Locale } from './config';

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

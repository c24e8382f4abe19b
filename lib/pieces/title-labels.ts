// Titles in words: a title's name and how it is earned, in a language. Other parts show
// the worn title next to a person's name (cake rooms, public pieces) through
// `wornTitleLabel`.
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/messages';
import { isTitleId, type TitleId } from './titles';

export const titleName = (id: TitleId, locale: Locale) => translator(locale)(`titles.list.${id}.name`);
export const titleHow = (id: TitleId, locale: Locale) => translator(locale)(`titles.list.${id}.how`);

/**
 * The title a person wears, in words, or null when they wear none. Wearing is only
 * allowed for an earned title (PUT /api/me/titles/worn), and earned titles are never
 * taken back, so the stored id needs no further check; an id a later version dropped
 * simply shows nothing.
 */
export function wornTitleLabel(user: { wornTitleId: string | null }, locale: Locale): string | null {
  return isTitleId(user.wornTitleId) ? titleName(user.wornTitleId, locale) : null;
}

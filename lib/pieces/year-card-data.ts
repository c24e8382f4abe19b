// What a year-in-review card shows, taken from the year's statistics and its owner. The
// card is public once shared, so it leaves out what a person may not want to show to
// anyone with the link: spending and the full lists (only the top venue and three cast
// members). Its hash names the image URLs, so a changed card is a new URL.
import { createHash } from 'node:crypto';
import { printable } from '@/lib/render/png';
import { isLocale, DEFAULT_LOCALE, type Locale } from '@/lib/i18n/config';
import type { PieceKind } from './titles';
import { wornTitleLabel } from './title-labels';
import type { NamedCount, YearStatsDto } from './stats-schemas';

/** Bump when the drawing changes, so every card gets a new URL. */
const CARD_VERSION = 1;

export interface YearCard {
  year: number;
  locale: Locale;
  name: string;
  wornTitle: string | null;
  total: number;
  /** Kinds seen, most first (none with zero). */
  kinds: { kind: PieceKind; count: number }[];
  topGenre: string | null;
  /** Pieces per month, January first. */
  months: number[];
  /** Stars (0.5..5) or null. */
  average: number | null;
  topVenue: NamedCount | null;
  topCast: NamedCount[];
  titles: number;
}

/** Keep a typed name on one line of the card: emoji dropped, long names cut. */
export function clip(text: string, max: number): string {
  const chars = [...printable(text).replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

export function yearCardOf(stats: YearStatsDto, owner: { displayName: string; wornTitleId: string | null; locale: string }, titles: number): YearCard {
  const locale = isLocale(owner.locale) ? owner.locale : DEFAULT_LOCALE;
  const named = (n: NamedCount) => ({ name: clip(n.name, 24), count: n.count });
  const genre = stats.byGenre.find((g) => g.genre !== null);
  return {
    year: stats.year,
    locale,
    name: clip(owner.displayName, 20),
    wornTitle: wornTitleLabel(owner, locale),
    total: stats.total,
    kinds: stats.byKind.filter((k) => k.count > 0).sort((a, b) => b.count - a.count),
    topGenre: genre?.genre ? clip(genre.genre, 16) : null,
    months: stats.byMonth.map((m) => m.count),
    average: stats.rating.average,
    topVenue: stats.venues[0] ? named(stats.venues[0]) : null,
    topCast: stats.cast.slice(0, 3).map(named),
    titles,
  };
}

/** 16 hex digits of SHA-256 over what is drawn: the image URL changes exactly when the card does. */
export const cardHash = (card: YearCard) =>
  createHash('sha256').update(JSON.stringify([CARD_VERSION, card])).digest('hex').slice(0, 16);

// Titles and year statistics: input schemas and the shapes the API returns, shared by
// server and client. Messages are message-file keys, translated by the error layer.
import { z } from 'zod';
import type { PieceKind, TitleId } from './titles';

const YEAR_ERROR = 'titles.errors.year';
const yearNumber = z.number({ error: YEAR_ERROR }).int({ error: YEAR_ERROR }).min(2000, { error: YEAR_ERROR }).max(2999, { error: YEAR_ERROR });
/** A year as a query string value: '2025'. */
const yearString = z.string({ error: YEAR_ERROR }).regex(/^\d{4}$/, { error: YEAR_ERROR }).transform(Number).pipe(yearNumber);

export const statsQuerySchema = z.object({ year: yearString.optional() });
export const shareBodySchema = z.object({ year: yearNumber });
export const shareQuerySchema = z.object({ year: yearString });
export const wearSchema = z.object({
  titleId: z.string({ error: 'titles.errors.unknownTitle' }).max(64, { error: 'titles.errors.unknownTitle' }).nullable(),
});

/** /y/<token>: 32 url-safe characters (24 random bytes). */
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
export const CARD_SIZES = { og: { width: 1200, height: 630 }, story: { width: 1080, height: 1920 } } as const;
export type CardSize = keyof typeof CARD_SIZES;
/** The card image's file name: the content hash and the size, e.g. `3f2a…-og.png`. */
export const cardParams = z.object({
  token: shareTokenSchema,
  file: z.string().regex(/^[0-9a-f]{16}-(og|story)\.png$/),
});

// ── DTOs ────────────────────────────────────────────────────────────────────

export interface TitleDto {
  id: TitleId;
  name: string;
  how: string;
  earned: boolean;
  earnedAt: string | null;
  have: number;
  need: number;
}

export interface MyTitlesDto {
  titles: TitleDto[];
  wornTitleId: TitleId | null;
}

export interface NamedCount {
  name: string;
  count: number;
}

export interface ShareDto {
  token: string;
  year: number;
  /** The public page, a path: /y/<token>. */
  url: string;
  /** The content-hashed images (paths). */
  ogImageUrl: string;
  storyImageUrl: string;
}

export interface YearStatsDto {
  year: number;
  /** Years with at least one piece, newest first, plus this year and the asked one. */
  years: number[];
  total: number;
  /** Twelve entries, January first. */
  byMonth: { month: number; count: number; spent: number }[];
  /** Every kind, in a fixed order. */
  byKind: { kind: PieceKind; count: number }[];
  /** Most pieces first; `genre` null for shows without one. */
  byGenre: { genre: string | null; count: number }[];
  rating: {
    count: number;
    /** In stars (0.5..5), two decimals; null without ratings. */
    average: number | null;
    /** Ten entries: half stars 1..10. */
    histogram: { rating: number; count: number }[];
  };
  spending: { total: number; pricedCount: number };
  venues: NamedCount[];
  cast: NamedCount[];
  share: ShareDto | null;
}

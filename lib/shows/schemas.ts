// Show catalog shapes shared by server and client: the kinds, what a search returns,
// and the search query. Messages are message-file keys.
import { z } from 'zod';
import { isOneLine, line } from '@/lib/schemas';

export const SHOW_KINDS = ['MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER'] as const;
/** The same values as Prisma's ShowKind enum (kept here so client code needs no Prisma import). */
export type ShowKind = (typeof SHOW_KINDS)[number];

/** A show as the catalog knows it (bundled or from a provider), before it becomes a Show row. */
export interface CatalogShow {
  /** "bundled:<id>", "kopis:<mt20id>" or "kobis:<movieCd>". */
  key: string;
  kind: ShowKind;
  title: string;
  /** The title in its original language, for foreign works (also matched by search). */
  originalTitle?: string;
  year: number;
  genre?: string;
  venue?: string;
  /** 'YYYY-MM-DD' */
  runStart?: string;
  runEnd?: string;
  /** Bundled: running open-ended since `year` (a Daehangno long run). */
  openRun?: boolean;
  /** A provider's poster (KOPIS, TMDB); without one the UI shows the generated art. */
  posterUrl?: string;
}

export interface ShowSearchResult {
  shows: CatalogShow[];
  /** Providers that failed or timed out this time (their part came from the bundled catalog). */
  failed: string[];
}

export const SEARCH_LIMIT_MAX = 50;

export const showSearchQuery = z.object({
  q: line('shows.errors.queryRequired')
    .min(1, { error: 'shows.errors.queryRequired' })
    .max(100, { error: 'shows.errors.queryTooLong' }),
  kind: z.enum(SHOW_KINDS, { error: 'shows.errors.kindUnknown' }).optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(20),
});

/** What a catalog key looks like: the provider's own id after the prefix. */
export const CATALOG_KEY = /^(bundled|kopis|kobis):[A-Za-z0-9._-]{1,80}$/;

/** A show key in the art URL (decoded by the router; a key never holds '%', so one still there is decoded here). */
export const showArtParams = z.object({
  key: z
    .string()
    .max(400)
    .transform((k) => (k.includes('%') ? safeDecode(k) : k))
    .refine((k) => k.length >= 3 && k.length <= 300 && isOneLine(k)),
});

/** SVG for the app; PNG where SVG is not accepted (link previews, some renderers). */
export const showArtQuery = z.object({ format: z.enum(['svg', 'png']).default('svg'), v: z.string().max(10).optional() });

function safeDecode(s: string) {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}

// Bump when the art's look changes: the URL is cached for a year.
const ART_VERSION = 1;

/** The generated placeholder art of a show (any key the app knows: catalog or a Show row). */
export const showArtUrl = (key: string) => `/api/shows/art/${encodeURIComponent(key)}?v=${ART_VERSION}`;

/** The poster when a provider gave one, otherwise the generated art. */
export const showImageUrl = (show: { key: string; posterUrl?: string | null }) => show.posterUrl || showArtUrl(show.key);

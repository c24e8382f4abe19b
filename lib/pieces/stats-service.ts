// A person's year in pieces, computed by PostgreSQL: the pieces are grouped and summed
// in SQL (one pass with GROUPING SETS for months, kinds, genres and ratings; two ranked
// lists), so a year of any size costs a few small result sets, never every row.
import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import { kstDay } from '@/lib/missions/schedule';
import { PIECE_KINDS, type PieceKind } from './titles';
import type { NamedCount, ShareDto, YearStatsDto } from './stats-schemas';

export const TOP_VENUES = 5;
export const TOP_CAST = 10;

/** This year in Korea. */
export const currentYear = () => Number(kstDay(now()).slice(0, 4));

const range = (year: number) => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });

interface GroupRow {
  g: number;
  month: number | null;
  kind: PieceKind | null;
  genre: string | null;
  rating: number | null;
  count: number;
  spent: bigint;
  priced: number;
}

// GROUPING(month, kind, genre, rating) is a bit mask with month as the highest bit: a row
// of the (month) set has the three other bits set (0b0111), and so on.
const SET = { month: 0b0111, kind: 0b1011, genre: 0b1101, rating: 0b1110 } as const;

function groups(userId: string, year: number) {
  const { from, to } = range(year);
  return db.$queryRaw<GroupRow[]>`
    WITH y AS (
      SELECT EXTRACT(MONTH FROM p."date")::int AS month, p."kind"::text AS kind, NULLIF(btrim(s."genre"), '') AS genre, p."rating", p."price"
      FROM "Piece" p JOIN "Show" s ON s."id" = p."showId"
      WHERE p."ownerId" = ${userId} AND p."date" >= ${from}::date AND p."date" < ${to}::date
    )
    SELECT GROUPING(month, kind, genre, rating)::int AS g, month, kind, genre, rating,
           count(*)::int AS count, COALESCE(sum(price), 0)::bigint AS spent, count(price)::int AS priced
    FROM y GROUP BY GROUPING SETS ((month), (kind), (genre), (rating))`;
}

// Whitespace is matched as [[:space:]]: a backslash class would be eaten by the template
// literal ('\s' cooks to 's') before PostgreSQL ever saw it.

/** Venues folded like the traveller title folds them (NFKC, spaces, case); shown as most often typed. */
function topVenues(userId: string, year: number) {
  const { from, to } = range(year);
  return db.$queryRaw<NamedCount[]>`
    WITH v AS (
      SELECT btrim(regexp_replace(normalize("venue", NFKC), '[[:space:]]+', ' ', 'g')) AS name
      FROM "Piece" WHERE "ownerId" = ${userId} AND "date" >= ${from}::date AND "date" < ${to}::date AND "venue" IS NOT NULL
    )
    SELECT mode() WITHIN GROUP (ORDER BY name) AS name, count(*)::int AS count
    FROM v WHERE name <> '' GROUP BY lower(name) ORDER BY count DESC, 1 LIMIT ${TOP_VENUES}`;
}

/** Cast members by the number of pieces they were in (a name listed twice in one piece counts once). */
function topCast(userId: string, year: number) {
  const { from, to } = range(year);
  return db.$queryRaw<NamedCount[]>`
    WITH c AS (
      SELECT p."id", btrim(regexp_replace(normalize(member, NFKC), '[[:space:]]+', ' ', 'g')) AS name
      FROM "Piece" p CROSS JOIN LATERAL unnest(p."cast") AS member
      WHERE p."ownerId" = ${userId} AND p."date" >= ${from}::date AND p."date" < ${to}::date
    )
    SELECT mode() WITHIN GROUP (ORDER BY name) AS name, count(DISTINCT "id")::int AS count
    FROM c WHERE name <> '' GROUP BY lower(name) ORDER BY count DESC, 1 LIMIT ${TOP_CAST}`;
}

async function yearsWithPieces(userId: string) {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM "date")::int AS year FROM "Piece" WHERE "ownerId" = ${userId}`;
  return rows.map((r) => r.year);
}

/** The person's statistics for one calendar year; `share` is filled in by the caller. */
export async function getYearStats(userId: string, year: number, share: ShareDto | null = null): Promise<YearStatsDto> {
  const [rows, venues, cast, years] = await Promise.all([groups(userId, year), topVenues(userId, year), topCast(userId, year), yearsWithPieces(userId)]);
  const of = (set: number) => rows.filter((r) => r.g === set);
  const months = of(SET.month);
  const ratings = of(SET.rating).filter((r) => r.rating !== null);
  const rated = ratings.reduce((n, r) => n + r.count, 0);
  const ratingSum = ratings.reduce((n, r) => n + r.rating! * r.count, 0);
  return {
    year,
    years: [...new Set([...years, currentYear(), year])].sort((a, b) => b - a),
    total: months.reduce((n, r) => n + r.count, 0),
    byMonth: Array.from({ length: 12 }, (_, i) => {
      const r = months.find((m) => m.month === i + 1);
      return { month: i + 1, count: r?.count ?? 0, spent: Number(r?.spent ?? 0) };
    }),
    byKind: PIECE_KINDS.map((kind) => ({ kind, count: of(SET.kind).find((r) => r.kind === kind)?.count ?? 0 })),
    byGenre: of(SET.genre)
      .map((r) => ({ genre: r.genre, count: r.count }))
      .sort((a, b) => b.count - a.count || (a.genre === null ? 1 : b.genre === null ? -1 : a.genre.localeCompare(b.genre))),
    rating: {
      count: rated,
      // Half stars → stars, two decimals.
      average: rated ? Math.round((ratingSum / rated / 2) * 100) / 100 : null,
      histogram: Array.from({ length: 10 }, (_, i) => ({ rating: i + 1, count: ratings.find((r) => r.rating === i + 1)?.count ?? 0 })),
    },
    spending: { total: months.reduce((n, r) => n + Number(r.spent), 0), pricedCount: months.reduce((n, r) => n + r.priced, 0) },
    venues,
    cast,
    share,
  };
}

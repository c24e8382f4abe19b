// Browse cakes: the most recorded shows this month (or ever), by kind, or a title search.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { now } from '@/lib/clock';
import { Prisma } from '@/lib/generated/prisma/client';
import { normaliseTitle } from './normalise';
import { showImageUrl } from './schemas';
import { BROWSE_PAGE, type BrowseQuery, type CakeCardDto } from './cake-schemas';

/** 00:00 on the 1st of this month in Korea (UTC+9, no daylight saving), as an instant. */
export function monthStartKst(at: Date = now()) {
  const kst = new Date(at.getTime() + 9 * 3600_000);
  return new Date(Date.UTC(kst.getUTCFullYear(), kst.getUTCMonth(), 1) - 9 * 3600_000);
}

interface Row {
  id: string; title: string; kind: CakeCardDto['kind']; year: number | null; genre: string | null; venue: string | null;
  runStart: Date | null; runEnd: Date | null; key: string; posterUrl: string | null; pieceCount: number; monthPieceCount: number;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const toCard = ({ key, posterUrl, ...r }: Row): CakeCardDto => ({ ...r, runStart: day(r.runStart), runEnd: day(r.runEnd), imageUrl: showImageUrl({ key, posterUrl }) });

/**
 * Without a search word: shows ranked by public pieces recorded this month (or ever),
 * only shows that have one. With a word: every show whose title contains it (after the
 * same normalisation as cake matching), titles starting with it first, then by pieces.
 */
export async function browseCakes(q: BrowseQuery): Promise<{ cakes: CakeCardDto[]; nextOffset: number | null }> {
  // Times go in as ISO text: the columns hold UTC without a zone, whatever the session's time zone.
  const since = monthStartKst().toISOString();
  const kind = q.kind ? Prisma.sql`AND s.kind = ${q.kind}::"ShowKind"` : Prisma.empty;
  const counts = Prisma.sql`
    (SELECT count(*) FROM "Piece" x WHERE x."showId" = s.id AND x."isPublic")::int AS "pieceCount",
    (SELECT count(*) FROM "Piece" x WHERE x."showId" = s.id AND x."isPublic" AND x."createdAt" >= ${since}::timestamp)::int AS "monthPieceCount"`;
  const cols = Prisma.sql`s.id, s.title, s.kind, s.year, s.genre, s.venue, s."runStart", s."runEnd", s.key, s."posterUrl"`;
  let rows: Row[];
  if (q.q !== undefined) {
    const word = normaliseTitle(q.q);
    if (!word) throw new AppError('validation_failed', 'cakes.validation.searchEmpty');
    rows = await db.$queryRaw<Row[]>`
      SELECT ${cols}, ${counts} FROM "Show" s
      WHERE s."normTitle" LIKE ${`%${word}%`} ${kind}
      ORDER BY (s."normTitle" LIKE ${`${word}%`}) DESC, "pieceCount" DESC, s.title, s.id
      LIMIT ${BROWSE_PAGE + 1} OFFSET ${q.offset}`;
  } else {
    const from = q.period === 'month' ? Prisma.sql`AND p."createdAt" >= ${since}::timestamp` : Prisma.empty;
    rows = await db.$queryRaw<Row[]>`
      SELECT ${cols}, ${counts} FROM "Show" s
      JOIN (SELECT p."showId", count(*) AS n FROM "Piece" p WHERE p."isPublic" ${from} GROUP BY p."showId") top ON top."showId" = s.id
      WHERE true ${kind}
      ORDER BY top.n DESC, s.title, s.id
      LIMIT ${BROWSE_PAGE + 1} OFFSET ${q.offset}`;
  }
  return { cakes: rows.slice(0, BROWSE_PAGE).map(toCard), nextOffset: rows.length > BROWSE_PAGE ? q.offset + BROWSE_PAGE : null };
}

// My pieces as a month (the calendar) and as a list by kind (keyset pages, newest first).
import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import { dayToDate, kstDay, monthRange } from '@/lib/missions/schedule';
import { summarySelect, toSummaryDto } from './dto';
import type { ListQuery, PieceKind, PieceListDto, PieceMonthDto } from './schemas';

/** One month of my pieces, by day and time (a piece without a time first on its day). */
export async function listMonth(actorId: string, month?: string, kind?: PieceKind): Promise<PieceMonthDto> {
  const today = kstDay(now());
  const m = month ?? today.slice(0, 7);
  const { first, last } = monthRange(m);
  const rows = await db.piece.findMany({
    where: { ownerId: actorId, date: { gte: dayToDate(first), lte: dayToDate(last) }, ...(kind ? { kind } : {}) },
    orderBy: [{ date: 'asc' }, { time: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
    select: summarySelect,
  });
  return { month: m, today, pieces: rows.map(toSummaryDto) };
}

export const cursorOf = (p: { date: string; id: string }) => `${p.date}~${p.id}`;

/**
 * A page of my pieces, newest visit first. The cursor is the (date, id) of the last piece
 * shown and the order is exactly (date, id) descending, so pages never repeat or skip a
 * piece, even when pieces are added or deleted between pages.
 */
export async function listPieces(actorId: string, q: Pick<ListQuery, 'kind' | 'cursor' | 'limit'>): Promise<PieceListDto> {
  const after = q.cursor ? { date: dayToDate(q.cursor.slice(0, 10)), id: q.cursor.slice(11) } : null;
  const rows = await db.piece.findMany({
    where: {
      ownerId: actorId,
      ...(q.kind ? { kind: q.kind } : {}),
      ...(after ? { OR: [{ date: { lt: after.date } }, { date: after.date, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    take: q.limit + 1,
    select: summarySelect,
  });
  const pieces = rows.slice(0, q.limit).map(toSummaryDto);
  return { pieces, nextCursor: rows.length > q.limit ? cursorOf(pieces[pieces.length - 1]) : null };
}

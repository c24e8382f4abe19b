// The year page's data and its share link: /y/<token>, one per person and year, public
// to anyone holding the token until its owner turns it off (the row is deleted, so the
// page and its images answer 404 from then on; a new share makes a new token).
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/sql';
import { dayToDate } from '@/lib/missions/schedule';
import { getYearStats } from './stats-service';
import { cardHash, yearCardOf, type YearCard } from './year-card-data';
import type { CardSize, ShareDto, YearStatsDto } from './stats-schemas';

const newToken = () => randomBytes(24).toString('base64url');

export const cardImagePath = (token: string, hash: string, size: CardSize) => `/api/pieces/stats/share/${token}/${hash}-${size}.png`;

async function cardFor(userId: string, stats: YearStatsDto): Promise<YearCard> {
  const [owner, titles] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { displayName: true, wornTitleId: true, locale: true } }),
    db.userTitle.count({ where: { userId } }),
  ]);
  return yearCardOf(stats, owner, titles);
}

function shareDto(token: string, year: number, card: YearCard): ShareDto {
  const hash = cardHash(card);
  return { token, year, url: `/y/${token}`, ogImageUrl: cardImagePath(token, hash, 'og'), storyImageUrl: cardImagePath(token, hash, 'story') };
}

/** My statistics for a year, with its share link when I made one. */
export async function getMyYear(userId: string, year: number): Promise<YearStatsDto> {
  const [stats, share] = await Promise.all([getYearStats(userId, year), db.statsShare.findUnique({ where: { userId_year: { userId, year } } })]);
  if (!share) return stats;
  return { ...stats, share: shareDto(share.token, year, await cardFor(userId, stats)) };
}

/** Make (or return the existing) share link for my year; a year without pieces has nothing to show. */
export async function shareYear(userId: string, year: number): Promise<{ share: ShareDto; created: boolean }> {
  const count = await db.piece.count({ where: { ownerId: userId, date: { gte: dayToDate(`${year}-01-01`), lt: dayToDate(`${year + 1}-01-01`) } } });
  if (!count) throw new AppError('validation_failed', 'titles.errors.emptyYear', { year });
  let row = await db.statsShare.findUnique({ where: { userId_year: { userId, year } } });
  let created = false;
  if (!row) {
    try {
      row = await db.statsShare.create({ data: { token: newToken(), userId, year } });
      created = true;
    } catch (err) {
      // Two taps at once: the other request made it.
      if (!isUniqueViolation(err)) throw err;
      row = await db.statsShare.findUniqueOrThrow({ where: { userId_year: { userId, year } } });
    }
  }
  const stats = await getYearStats(userId, year);
  return { share: shareDto(row.token, year, await cardFor(userId, stats)), created };
}

/** Turn my year's link off; the old address answers 404 from now on. */
export async function revokeShare(userId: string, year: number) {
  const { count } = await db.statsShare.deleteMany({ where: { userId, year } });
  if (!count) throw notFound();
  return { ok: true };
}

/** A shared card by its token (anyone may ask), or 404. */
export async function getSharedCard(token: string): Promise<{ card: YearCard; share: ShareDto }> {
  const row = await db.statsShare.findUnique({ where: { token }, select: { userId: true, year: true, user: { select: { deletedAt: true } } } });
  if (!row || row.user.deletedAt) throw notFound();
  const card = await cardFor(row.userId, await getYearStats(row.userId, row.year));
  return { card, share: shareDto(token, row.year, card) };
}
